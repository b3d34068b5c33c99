package com.shopassistant.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * A request body that refuses to be read past its limit, for bodies without a (truthful) {@code
 * Content-Length}, such as chunked ones: the read that crosses the limit throws {@link
 * PayloadTooLargeException}, and {@link #exceeded()} stays true for whoever sees the failure
 * wrapped by a reader.
 */
public final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private final LongFunction<? extends RuntimeException> overflow;
  private long count;
  private volatile boolean exceeded;

  public LimitedInputStream(InputStream in, long limit) {
    this(in, limit, PayloadTooLargeException::new);
  }

  /** With the failure to throw at the limit given, for tests without a JAX-RS implementation. */
  LimitedInputStream(
      InputStream in, long limit, LongFunction<? extends RuntimeException> overflow) {
    super(in);
    this.limit = limit;
    this.overflow = overflow;
  }

  public boolean exceeded() {
    return exceeded;
  }

  public long limit() {
    return limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      counted(skipped);
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false; // a reset would make the count lie
  }

  private void counted(long n) {
    count += n;
    if (count > limit) {
      exceeded = true;
      throw overflow.apply(limit);
    }
  }
}
