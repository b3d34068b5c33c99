package com.shopassistant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.gemini.GeminiCalls;
import com.shopassistant.assistant.model.ModelRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.junit.jupiter.api.Test;

/**
 * Every model call the bulkhead lets through holds a request thread while Gemini answers (or does
 * not, for up to its timeout); Liberty's executor must have that many threads from the start rather
 * than grow them while every other request waits (docs/reliability.md#model-faults).
 */
class ExecutorSizingTest {

  private static final Path SERVER_XML =
      Path.of("..", "liberty", "src", "main", "liberty", "config", "server.xml");

  @Test
  void theExecutorStartsWithAtLeastAThreadPerModelCallTheBulkheadAdmits() throws Exception {
    String xml = Files.readString(SERVER_XML);
    assertThat(xml).contains("<executor coreThreads=\"${EXECUTOR_CORE_THREADS}\"/>");
    Matcher variable =
        Pattern.compile("<variable name=\"EXECUTOR_CORE_THREADS\" defaultValue=\"(\\d+)\"/>")
            .matcher(xml);
    assertThat(variable.find()).as("EXECUTOR_CORE_THREADS in server.xml").isTrue();

    int bulkhead =
        GeminiCalls.class
            .getMethod("stream", ModelRequest.class, Consumer.class)
            .getAnnotation(Bulkhead.class)
            .value();
    assertThat(Integer.parseInt(variable.group(1))).isGreaterThanOrEqualTo(bulkhead);
  }
}
