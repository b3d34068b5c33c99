import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Docker cannot build here, so the build checks what it can of the image recipe: every source of
 * every COPY in the repository's Dockerfile exists once {@code mvn package} has run, and the {@code
 * .dockerignore} (which excludes everything else) lets each of them into the build context. A
 * renamed EAR, a moved driver directory or a forgotten ignore exception fails the build here
 * instead of in the deployment pipeline.
 *
 * <p>Run by the liberty module at integration-test: {@code java DockerContextCheck.java <repo
 * root>}.
 */
public final class DockerContextCheck {

  private DockerContextCheck() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    List<String> sources = copySources(Files.readAllLines(root.resolve("Dockerfile")));
    List<String> allowed =
        Files.readAllLines(root.resolve(".dockerignore")).stream()
            .map(String::strip)
            .filter(line -> line.startsWith("!"))
            .map(line -> line.substring(1))
            .toList();
    int failed = sources.isEmpty() ? 1 : 0;
    if (sources.isEmpty()) {
      System.out.println("[DockerContextCheck] the Dockerfile has no COPY");
    }
    for (String source : sources) {
      String problem =
          !Files.exists(root.resolve(source))
              ? "does not exist after mvn package"
              : allowed.stream().noneMatch(source::startsWith)
                  ? "is excluded from the build context by .dockerignore"
                  : null;
      if (problem != null) {
        failed++;
        System.out.println("[DockerContextCheck] " + source + " " + problem);
      }
    }
    System.out.printf(
        "DockerContextCheck: %d passed, %d failed%n", sources.size() - failed, failed);
    System.exit(failed == 0 ? 0 : 1);
  }

  /** The source operands of each COPY (flags such as --chown dropped, the destination last). */
  static List<String> copySources(List<String> dockerfile) {
    List<String> sources = new ArrayList<>();
    for (String line : dockerfile) {
      String[] words = line.strip().split("\\s+");
      if (words.length > 2 && words[0].equalsIgnoreCase("COPY")) {
        List<String> operands =
            Arrays.stream(words, 1, words.length).filter(word -> !word.startsWith("--")).toList();
        sources.addAll(operands.subList(0, operands.size() - 1));
      }
    }
    return sources;
  }
}
