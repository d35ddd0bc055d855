package gdviz.app;

import gdviz.model.lesson.Lesson;
import java.util.List;

/** The handout's two pages as HTML: self-contained, no scripts, readable printed. */
final class HandoutPages {
  private static final String STYLE = "body{font-family:sans-serif;max-width:52em;margin:2em auto;padding:0 1em;"
      + "line-height:1.45}h2{margin-top:2em}img{max-width:100%;border:1px solid #ccc}"
      + ".answer{white-space:pre-wrap;background:#f4f4f4;padding:.6em}";

  private HandoutPages() {}

  /** The scenes with their titles, notes and figures (base64 PNG, one per scene). */
  static String questions(Lesson lesson, List<String> pngs) {
    StringBuilder s = head(lesson.title());
    for (int i = 0; i < lesson.scenes().size(); i++) {
      Lesson.Scene scene = lesson.scenes().get(i);
      s.append("<h2>").append(i + 1).append(". ").append(escape(scene.title())).append("</h2>\n");
      if (!scene.note().isEmpty()) {
        s.append("<p>").append(escape(scene.note())).append("</p>\n");
      }
      if (scene.question() != null) {
        s.append("<p><strong>").append(escape(scene.question().text())).append("</strong><br>");
        List<String> labels = scene.scenario().runs().stream().map(r -> r.label()).filter(l -> l != null
            && (scene.scenario().view() == null || scene.scenario().view().hidden() == null
            || !scene.scenario().view().hidden().contains(l))).toList();
        for (String choice : scene.question().choices(labels)) {
          s.append("☐ ").append(escape(choice)).append(" &nbsp; ");
        }
        s.append("</p>\n");
      }
      s.append("<img alt=\"").append(escape(scene.title())).append("\" src=\"data:image/png;base64,")
          .append(pngs.get(i)).append("\">\n");
    }
    return s.append("<p><a href=\"answers.html\">Answers</a></p>\n</body>\n</html>\n").toString();
  }

  /** Each scene's title, its question's answer and what its runs did; a question's scene played out (base64 PNG, or null). */
  static String answers(Lesson lesson, List<String> answers, List<String> pngs) {
    StringBuilder s = head(lesson.title() + " — answers");
    for (int i = 0; i < lesson.scenes().size(); i++) {
      s.append("<h2>").append(i + 1).append(". ").append(escape(lesson.scenes().get(i).title())).append("</h2>\n")
          .append("<p class=\"answer\">").append(escape(answers.get(i))).append("</p>\n");
      if (pngs.get(i) != null) {
        s.append("<img alt=\"the answer\" src=\"data:image/png;base64,").append(pngs.get(i)).append("\">\n");
      }
    }
    return s.append("</body>\n</html>\n").toString();
  }

  private static StringBuilder head(String title) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(title)).append("</h1>\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
