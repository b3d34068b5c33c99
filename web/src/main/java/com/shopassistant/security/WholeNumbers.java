package com.shopassistant.security;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigInteger;

/**
 * Integer fields of request bodies take whole numbers only. JSON-B's default reads {@code 1.5} into
 * an {@code int} as 1 and {@code 1e10} as whatever the cast gives: a quantity or an id the client
 * did not send. A fraction or a number out of range fails the binding instead (400 {@code
 * malformed-json}).
 */
final class WholeNumbers {

  private WholeNumbers() {}

  static final JsonbDeserializer<Integer> INTEGERS =
      new JsonbDeserializer<>() {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
          BigInteger value = whole(parser.getValue());
          return value == null
              ? null
              : exact(value, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        }
      };

  static final JsonbDeserializer<Long> LONGS =
      new JsonbDeserializer<>() {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
          BigInteger value = whole(parser.getValue());
          return value == null ? null : exact(value, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
        }
      };

  private static BigInteger whole(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    try {
      if (value instanceof JsonNumber number) {
        return number.bigDecimalValue().toBigIntegerExact();
      }
      if (value instanceof JsonString text) {
        return new BigInteger(text.getString().strip());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw new JsonbException("not a whole number: " + value, e);
    }
    throw new JsonbException("not a number: " + value.getValueType());
  }

  private static BigInteger exact(BigInteger value, long min, long max) {
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new JsonbException("number out of range: " + value);
    }
    return value;
  }
}
