package gdviz.plot.label;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where the texts on one plot go: each label is a box placed near its anchor, inside the plot,
 * clear of what is drawn there (data points, markers, paths, arrows: the obstacles) and of the
 * labels placed before it. Positions are tried around the anchor at growing distances — right,
 * left, above, below, then the diagonals — and the first clear one is taken; where none is clear,
 * the one covering least. Every painter places its texts here, so no two texts on a plot collide.
 */
public final class LabelPlacer {
  /** How many rings of positions are tried around an anchor, each one label height further out. */
  private static final int RINGS = 8;
  private final Rectangle2D area;
  private final List<Rectangle2D> obstacles = new ArrayList<>();
  private final List<Line2D> strokes = new ArrayList<>();
  private final List<Rectangle2D> placed = new ArrayList<>();

  /** Labels are kept inside this rectangle (the plot's, in pixels). */
  public LabelPlacer(double left, double top, double width, double height) {
    this.area = new Rectangle2D.Double(left, top, Math.max(0, width), Math.max(0, height));
  }

  /** Something drawn that no label may cover (kept only where it is inside the plot). */
  public LabelPlacer avoid(Rectangle2D box) {
    if (box.intersects(area)) {
      obstacles.add(box);
    }
    return this;
  }

  /** A point drawn as a marker of this radius. */
  public LabelPlacer avoidPoint(double x, double y, double radius) {
    return avoid(new Rectangle2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
  }

  /** Points given as x0, y0, x1, y1, … (pixels), each drawn with this radius. */
  public LabelPlacer avoidPoints(double[] xy, double radius) {
    for (int i = 0; i + 1 < xy.length; i += 2) {
      if (Double.isFinite(xy[i]) && Double.isFinite(xy[i + 1])) {
        avoidPoint(xy[i], xy[i + 1], radius);
      }
    }
    return this;
  }

  /** A line drawn from (x0, y0) to (x1, y1) (an arrow, a path's segment). */
  public LabelPlacer avoidLine(double x0, double y0, double x1, double y1) {
    Line2D line = new Line2D.Double(x0, y0, x1, y1);
    if (line.intersects(area)) {
      strokes.add(line);
    }
    return this;
  }

  /** A box of w × h near (ax, ay), at least {@code gap} away from it; recorded as placed. */
  public Rectangle2D place(double w, double h, double ax, double ay, double gap) {
    return place(w, h, ax, ay, gap, box -> true);
  }

  /**
   * The same, only where {@code allowed} holds (a region's name within its region); null, and
   * nothing placed, where no position near the anchor allows it.
   */
  public Rectangle2D place(double w, double h, double ax, double ay, double gap, Predicate<Rectangle2D> allowed) {
    Rectangle2D best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (Rectangle2D box : candidates(w, h, ax, ay, gap)) {
      if (!allowed.test(box)) {
        continue;
      }
      double cost = cost(box, bestCost);
      if (cost < bestCost - 1e-9) {
        best = box;
        bestCost = cost;
        if (cost == 0) {
          break;
        }
      }
    }
    if (best != null) {
      placed.add(best);
    }
    return best;
  }

  /**
   * A box of w × h in a corner of the plot, {@code margin} from its edges: top right, top left,
   * bottom right, bottom left — the first clear one; else the clear place nearest the top right;
   * else the one covering least (a key).
   */
  public Rectangle2D placeInCorner(double w, double h, double margin) {
    double left = area.getMinX() + margin;
    double right = area.getMaxX() - margin - w;
    double top = area.getMinY() + margin;
    double bottom = area.getMaxY() - margin - h;
    Rectangle2D best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    List<double[]> spots = new ArrayList<>(List.of(new double[][] {{right, top}, {left, top}, {right, bottom},
        {left, bottom}}));
    // then anywhere in the plot, nearest the top right first
    List<double[]> grid = new ArrayList<>();
    for (double y = top; y <= bottom; y += 8) {
      for (double x = right; x >= left; x -= 8) {
        grid.add(new double[] {x, y});
      }
    }
    grid.sort(java.util.Comparator.comparingDouble(p -> Math.hypot(right - p[0], p[1] - top)));
    spots.addAll(grid);
    for (double[] corner : spots) {
      Rectangle2D box = inside(corner[0], corner[1], w, h);
      double cost = cost(box, bestCost);
      if (cost < bestCost - 1e-9) {
        best = box;
        bestCost = cost;
        if (cost == 0) {
          break;
        }
      }
    }
    placed.add(best);
    return best;
  }

  /** The width labels are kept within. */
  public double width() {
    return area.getWidth();
  }

  /** The labels placed so far (for the next painter on the same plot, and for tests). */
  public List<Rectangle2D> placed() {
    return List.copyOf(placed);
  }

  /** Whether this box lies inside the plot clear of every obstacle and placed label. */
  public boolean clear(Rectangle2D box) {
    return cost(box, Double.POSITIVE_INFINITY) == 0;
  }

  /** How much of the drawing and of the labels the box covers; counting stops once past {@code enough}. */
  private double cost(Rectangle2D box, double enough) {
    double cost = 0;
    for (Rectangle2D p : placed) {
      cost += 4 * overlap(box, p); // text on text is the worst
    }
    for (int i = 0; i < obstacles.size() && cost < enough; i++) {
      cost += overlap(box, obstacles.get(i));
    }
    for (int i = 0; i < strokes.size() && cost < enough; i++) {
      if (strokes.get(i).intersects(box)) {
        cost += box.getHeight() * 2;
      }
    }
    return cost;
  }

  private static double overlap(Rectangle2D a, Rectangle2D b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w > 0 && h > 0 ? w * h : 0;
  }

  /** Positions around the anchor, nearest first, each moved inside the plot. */
  private List<Rectangle2D> candidates(double w, double h, double ax, double ay, double gap) {
    List<Rectangle2D> out = new ArrayList<>();
    out.add(inside(ax - w / 2, ay - h / 2, w, h));
    for (int ring = 0; ring < RINGS; ring++) {
      double d = gap + ring * h;
      double[][] offsets = {
          {d, -h / 2}, {-d - w, -h / 2}, {-w / 2, -d - h}, {-w / 2, d}, // right, left, above, below
          {d, -d - h}, {-d - w, -d - h}, {d, d}, {-d - w, d}};
      for (double[] o : offsets) {
        out.add(inside(ax + o[0], ay + o[1], w, h));
      }
    }
    return out.subList(gap > 0 ? 1 : 0, out.size());
  }

  private Rectangle2D inside(double x, double y, double w, double h) {
    double cx = Math.max(area.getMinX(), Math.min(x, area.getMaxX() - w));
    double cy = Math.max(area.getMinY(), Math.min(y, area.getMaxY() - h));
    return new Rectangle2D.Double(cx, cy, w, h);
  }
}
