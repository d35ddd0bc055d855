package gdviz.plot.label;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts of one plot, placed together once everything else is drawn: painters register what
 * they draw as obstacles ({@link #placer()}) and ask for their labels ({@link #add}); {@link
 * #drawAll} then places each clear of
 * the drawing and of each other, and draws it with a halo. Labels are placed by rank (the −∇f
 * arrow's first), in the order asked within a rank.
 */
public final class PlotLabels {
  /** A label drawn: its text and where. */
  public record Placed(String text, Rectangle2D box) {}

  /** Which labels are placed first, nearest their anchors: the lower, the earlier. */
  public enum Rank { ARROW, MARKER, SKETCH, GUIDE }

  private record Wanted(List<String> texts, Font font, Color ink, double ax, double ay, double gap, Rank rank,
      java.util.function.Predicate<Rectangle2D> allowed) {}

  private final LabelPlacer placer;
  private final List<Wanted> wanted = new ArrayList<>();
  private final List<Placed> drawn = new ArrayList<>();

  /** Labels kept inside this rectangle (the plot's, in pixels). */
  public PlotLabels(double left, double top, double width, double height) {
    this.placer = new LabelPlacer(left, top, width, height);
  }

  /** Where obstacles are registered. */
  public LabelPlacer placer() {
    return placer;
  }

  /** A label wanted near (ax, ay), at least {@code gap} away from it. */
  public void add(Rank rank, String text, Font font, Color ink, double ax, double ay, double gap) {
    add(rank, List.of(text), font, ink, ax, ay, gap, box -> true);
  }

  /** A label said the first of these ways that fits the plot's width (the last one if none does). */
  public void add(Rank rank, List<String> texts, Font font, Color ink, double ax, double ay, double gap) {
    add(rank, texts, font, ink, ax, ay, gap, box -> true);
  }

  /** The same, only where {@code allowed} holds (a region's name within the region); not drawn if nowhere near. */
  public void add(Rank rank, List<String> texts, Font font, Color ink, double ax, double ay, double gap,
      java.util.function.Predicate<Rectangle2D> allowed) {
    wanted.add(new Wanted(List.copyOf(texts), font, ink, ax, ay, gap, rank, allowed));
  }

  /** Places and draws every label asked for; the halo in the page's colour. */
  public void drawAll(Graphics2D g, Color halo) {
    wanted.sort(java.util.Comparator.comparing(Wanted::rank)); // stable: in the order asked within a rank
    for (Wanted w : wanted) {
      String text = w.texts().get(w.texts().size() - 1);
      for (String t : w.texts()) {
        if (Halo.box(g, w.font(), t).getWidth() <= placer.width()) {
          text = t;
          break;
        }
      }
      Rectangle2D size = Halo.box(g, w.font(), text);
      Rectangle2D box = placer.place(size.getWidth(), size.getHeight(), w.ax(), w.ay(), w.gap(), w.allowed());
      if (box == null) {
        continue; // nowhere it may go: a region too thin for its name goes unnamed rather than misnamed
      }
      Halo.draw(g, w.font(), text, box, w.ink(), halo);
      drawn.add(new Placed(text, box));
    }
    wanted.clear();
  }

  /** The labels drawn so far. */
  public List<Placed> drawn() {
    return List.copyOf(drawn);
  }
}
