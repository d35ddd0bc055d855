package gdviz.model.preset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What was wrong with a preset file's JSON, in words for the person who wrote it: where (line and
 * column) and what, without the parser's own vocabulary (its feature flags, its constraint
 * classes, "out of range of int").
 */
final class JsonProblems {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
  private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.)' \\(code");

  private JsonProblems() {}

  /** "dup.json line 1, column 62: the field "eta" is given twice". */
  static String of(String source, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? source + ": " : source + " line " + at.getLineNr() + ", column "
        + at.getColumnNr() + ": ";
    return where + what(e);
  }

  private static String what(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher duplicate = DUPLICATE.matcher(m);
    if (duplicate.find()) {
      return "the field \"" + duplicate.group(1) + "\" is given twice; give each field once";
    }
    Matcher token = NON_STANDARD.matcher(m);
    if (token.find()) {
      return token.group(1) + " is not a number JSON knows; write a finite number such as 0.1 or 1e-3";
    }
    Matcher unexpected = UNEXPECTED.matcher(m);
    if (unexpected.find()) {
      int why = m.indexOf("): ");
      return "not valid JSON (an unexpected '" + unexpected.group(1) + "'" + (why > 0 ? ": "
          + m.substring(why + 3).lines().findFirst().orElse("") : "") + ")";
    }
    if (m.startsWith("Unexpected character") || m.startsWith("Invalid UTF-8")) {
      return "not valid JSON (a character that is not text: is this a JSON file?)";
    }
    if (e instanceof InputCoercionException || m.contains(" out of range of ")) {
      return "a number too large for its field";
    }
    if (e instanceof StreamConstraintsException) {
      if (m.startsWith("Number value length")) {
        return "a number of more than 1,000 digits";
      }
      if (m.startsWith("String value length")) {
        return "a text of more than 20,000,000 characters";
      }
      if (m.startsWith("Document nesting depth")) {
        return "more than 1,000 levels of [ ] and { } inside each other";
      }
      return "the file is larger than a preset can be";
    }
    // the parser's sentence up to its first hint (its hints name its own options, in backticks)
    String first = m.lines().findFirst().orElse("not valid JSON");
    int hint = first.indexOf(" (");
    if (hint > 0 && first.indexOf('`', hint) > 0) {
      first = first.substring(0, hint);
    }
    first = first.replaceAll("`[^`]*`", "").strip();
    return "not valid JSON (" + (first.isEmpty() ? "a syntax error" : first) + ")";
  }
}
