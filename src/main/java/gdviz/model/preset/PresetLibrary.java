package gdviz.model.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gdviz.model.SetupException;
import gdviz.model.format.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads preset files (JSON, one preset each; format in resources/presets/README.md). The presets
 * shipped with gdviz are packed at {@code gdviz/presets/} on the class path. Files are data: read
 * field by field into plain records, never with type information or class names.
 */
public final class PresetLibrary {
  static final String RESOURCE_DIR = "gdviz/presets";
  /** Preset files larger than this are refused before parsing. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION) // "eta" twice: refused
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private final List<Preset> presets;

  private PresetLibrary(List<Preset> presets) {
    this.presets = List.copyOf(presets);
  }

  /** The presets shipped with gdviz, in teaching order. */
  public static PresetLibrary builtIn() {
    List<Preset> list = new ArrayList<>();
    for (Path file : shippedFiles()) {
      try (InputStream in = Files.newInputStream(file)) {
        list.add(parse(in.readAllBytes(), file.getFileName().toString()));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read shipped preset " + file, e);
      }
    }
    list.sort(Comparator.comparingInt(Preset::order).thenComparing(Preset::name));
    return new PresetLibrary(list);
  }

  public List<Preset> all() {
    return presets;
  }

  public Optional<Preset> byName(String name) {
    return presets.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The named preset, or a {@link SetupException} listing the known names. */
  public Preset require(String name) {
    return byName(name).orElseThrow(() -> new SetupException("unknown preset " + Quote.of(name) + "; known presets: "
        + presets.stream().map(Preset::name).collect(Collectors.joining(", "))));
  }

  /** Reads a preset file a user wrote or copied; problems come back as a {@link SetupException}. */
  public static Preset readFile(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new SetupException("preset file " + file + " does not exist or is not a file");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new SetupException("preset file " + file + " is too large (" + Files.size(file) + " bytes)");
      }
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new SetupException("cannot read preset file " + file + ": " + e.getMessage());
    }
  }

  /** Parses one preset from JSON text; {@code source} names it in messages. */
  public static Preset parse(byte[] json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) { // a record's own check
      throw new SetupException(source + ": " + (e.getCause() instanceof SetupException s ? s.getMessage()
          : e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new SetupException(JsonProblems.of(source, e));
    } catch (IOException e) {
      throw new SetupException(source + ": cannot be read as JSON (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new SetupException(source + ": a preset file holds one JSON object { … }");
    }
    ObjectNode fields = ((ObjectNode) root).deepCopy();
    String name = text(fields.remove("name"), "name", source);
    String description = text(fields.remove("description"), "description", source);
    JsonNode orderNode = fields.remove("order");
    if (orderNode != null && !(orderNode.canConvertToInt() && orderNode.isIntegralNumber())) {
      throw new SetupException(source + ": field \"order\" must be a whole number, got " + Quote.of(orderNode.toString()));
    }
    int order = orderNode == null ? 1000 : orderNode.asInt();
    JsonNode kindNode = fields.remove("kind");
    String kind = kindNode == null ? Preset.KIND_RUN : kindNode.asText();
    if (!kind.equals(Preset.KIND_RUN) && !kind.equals(Preset.KIND_DIFFERENCE_QUOTIENT)) {
      throw new SetupException(source + ": kind must be \"run\" or \"difference-quotient\", got " + Quote.of(kind));
    }
    JsonNode runsNode = fields.remove("runs");
    JsonNode checkNode = fields.remove("derivativeCheck");
    JsonNode viewNode = fields.remove("view");
    RunOverrides base = RunOverridesJson.read(fields, JSON, source);
    List<RunOverrides> runs = new ArrayList<>();
    if (runsNode != null) {
      if (!runsNode.isArray()) {
        throw new SetupException(source + ": runs must be a list [ {…}, {…} ]");
      }
      int i = 1;
      for (JsonNode run : runsNode) {
        runs.add(RunOverridesJson.read(run, JSON, source + ", run " + i++));
      }
    }
    Preset.DerivativeCheck check = checkNode == null ? null
        : convert(checkNode, Preset.DerivativeCheck.class, source + ", derivativeCheck");
    Preset.ViewSpec view = viewNode == null ? null : convert(viewNode, Preset.ViewSpec.class, source + ", view");
    Preset preset = new Preset(name, description, order, kind, base, List.copyOf(runs), check, view);
    PresetChecks.check(preset, source);
    return preset;
  }

  private static String text(JsonNode node, String field, String source) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw new SetupException(source + ": the field \"" + field + "\" (text) is missing");
    }
    return node.asText();
  }

  static <T> T convert(JsonNode node, Class<T> type, String source) {
    try {
      return JSON.treeToValue(node, type);
    } catch (UnrecognizedPropertyException e) {
      throw new SetupException(source + ": unknown field \"" + e.getPropertyName() + "\"; known fields: "
          + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
    } catch (InvalidFormatException e) {
      throw new SetupException(source + ": field \"" + path(e) + "\" has the wrong kind of value ("
          + Quote.shortened(String.valueOf(e.getValue())) + ")");
    } catch (MismatchedInputException e) {
      throw new SetupException(source + ": field \"" + path(e) + "\" has the wrong kind of value");
    } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) { // a record's own check
      throw new SetupException(source + ": " + (e.getCause() instanceof SetupException s ? s.getMessage()
          : e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new SetupException(JsonProblems.of(source, e));
    } catch (IllegalArgumentException e) { // a record's own check (view.show)
      throw new SetupException(source + ": " + (e.getCause() instanceof SetupException s ? s.getMessage()
          : e.getMessage()));
    }
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static List<Path> shippedFiles() {
    URL url = PresetLibrary.class.getClassLoader().getResource(RESOURCE_DIR);
    if (url == null) {
      throw new IllegalStateException("the shipped presets are missing from the class path (" + RESOURCE_DIR + ")");
    }
    try {
      URI uri = url.toURI();
      Path dir;
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        dir = fs.getPath(RESOURCE_DIR);
      } else {
        dir = Path.of(uri);
      }
      List<Path> files = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
        stream.forEach(files::add);
      }
      return files;
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the shipped presets", e);
    }
  }
}
