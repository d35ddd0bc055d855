package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * A function of two variables as a shaded surface over its plot rectangle, seen from a camera
 * turned by an azimuth and raised by an elevation: the mesh's cells drawn from the farthest to the
 * nearest (so near hills hide far ones), each coloured by its height as the heat map colours it
 * and lit from above, with the contour lines on it; the runs' paths lie on the surface, their
 * start and current iterate marked. Heights follow the heat map's scale ({@link ContourLevels}:
 * logarithmic for a function as skewed as Rosenbrock's), so the tallest ridge does not flatten
 * the valley.
 */
public final class SurfacePainter {
  /** Half the height of the box the surface fills, the base being 2 × 2. */
  private static final BasicStroke CONTOUR = new BasicStroke(0.8f);

  private SurfacePainter() {}

  /** Where the camera is: degrees about the vertical (0: x1 to the right), degrees above the floor, and a zoom. */
  public record Camera(double azimuth, double elevation, double zoom) {
    public static final Camera DEFAULT = new Camera(-35, 30, 1);

    public Camera {
      elevation = Math.max(0, Math.min(90, elevation));
      zoom = Math.max(0.3, Math.min(6, zoom));
    }

    /** Turned by a drag of (dx, dy) pixels: half a degree per pixel. */
    public Camera dragged(double dx, double dy) {
      return new Camera(azimuth - dx * 0.5, elevation + dy * 0.5, zoom);
    }

    public Camera zoomed(double factor) {
      return new Camera(azimuth, elevation, zoom * factor);
    }
  }

  /**
   * A run's path: its iterates up to {@code current}, in its colour, in the plane (xAxis, yAxis),
   * and the method's state at the current iterate to draw on the surface (null: none).
   */
  public record Path(IteratePath path, int current, Color colour, int xAxis, int yAxis,
      gdviz.model.method.Sketch sketch) {
    public Path(IteratePath path, int current, Color colour, int xAxis, int yAxis) {
      this(path, current, colour, xAxis, yAxis, null);
    }
  }

  /** What a paint drew, for tests: the cells filled and the projection used. */
  public record Drawn(int cells, SurfaceProjection projection) {}

  /** Box coordinates of a world point of the rectangle: X and Y in [−1, 1]. */
  static double boxX(Viewport w, double x) {
    return 2 * (x - w.xMin()) / (w.xMax() - w.xMin()) - 1;
  }

  static double boxY(Viewport w, double y) {
    return 2 * (y - w.yMin()) / (w.yMax() - w.yMin()) - 1;
  }

  /** The surface, back to front, its contour lines, the floor's outline and the axes' names. */
  public static Drawn paintSurface(Graphics2D g, SurfaceMesh s, Camera camera, String xTitle, String yTitle, double width,
      double height) {
    AxesPainter.clear(g, width, height);
    PlotStyle.smooth(g);
    SurfaceProjection p = new SurfaceProjection(camera, width, height);
    int n = s.grid.nx();
    int cells = (n - 1) * (n - 1);
    double[] depth = new double[cells];
    Integer[] order = new Integer[cells];
    double[] pt = new double[3];
    for (int j = 0; j < n - 1; j++) {
      for (int i = 0; i < n - 1; i++) {
        int c = j * (n - 1) + i;
        double z = (s.height[j * n + i] + s.height[j * n + i + 1] + s.height[(j + 1) * n + i]
            + s.height[(j + 1) * n + i + 1]) / 4;
        p.project(-1 + 2 * (i + 0.5) / (n - 1), -1 + 2 * (j + 0.5) / (n - 1), Double.isNaN(z) ? 0 : z, pt);
        depth[c] = pt[2];
        order[c] = c;
      }
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(depth[b], depth[a])); // farthest first
    floor(g, p, xTitle, yTitle);
    double[][] corner = new double[4][3];
    int[] qx = new int[4];
    int[] qy = new int[4];
    // cells without antialiasing: neighbours then meet without hairline seams, at a fraction of the cost
    Object smoothing = g.getRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING);
    g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_OFF);
    Color contour = PlotTheme.of(g).ink();
    contour = new Color(contour.getRed(), contour.getGreen(), contour.getBlue(), 110);
    int drawn = 0;
    for (int c : order) {
      int i = c % (n - 1);
      int j = c / (n - 1);
      int[] nodes = {j * n + i, j * n + i + 1, (j + 1) * n + i + 1, (j + 1) * n + i};
      boolean undefined = false;
      for (int k = 0; k < 4; k++) {
        int node = nodes[k];
        double h = s.height[node];
        undefined |= Double.isNaN(h);
        p.project(-1 + 2.0 * (node % n) / (n - 1), -1 + 2.0 * (node / n) / (n - 1), h, corner[k]);
      }
      if (undefined) {
        continue;
      }
      for (int k = 0; k < 4; k++) {
        qx[k] = (int) Math.round(corner[k][0]);
        qy[k] = (int) Math.round(corner[k][1]);
      }
      g.setColor(shade(s, nodes, n));
      g.fillPolygon(qx, qy, 4);
      g.drawPolygon(qx, qy, 4);
      contours(g, s, nodes, corner, contour);
      drawn++;
    }
    g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, smoothing);
    SurfaceAxes.paint(g, s, p); // over the surface: no hill hides a number
    return new Drawn(drawn, p);
  }

  /** The cell's colour: the heat map's for its mean height, darker the more it faces away from the light. */
  private static Color shade(SurfaceMesh s, int[] nodes, int n) {
    double dx = 2.0 / (n - 1);
    double[] h = new double[4];
    double f = 0;
    for (int k = 0; k < 4; k++) {
      h[k] = s.height[nodes[k]];
      f += s.grid.value(nodes[k] % n, nodes[k] / n);
    }
    // the normal of the cell from its two diagonals (box coordinates)
    double ax = dx;
    double ay = dx;
    double az = h[2] - h[0];
    double bx = -dx;
    double by = dx;
    double bz = h[3] - h[1];
    double nx = ay * bz - az * by;
    double ny = az * bx - ax * bz;
    double nz = ax * by - ay * bx;
    double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
    double light = Math.abs((nx * -0.35 + ny * -0.45 + nz * 0.82) / len);
    double t = Math.max(0, Math.min(1, s.levels.normalize(f / 4)));
    int rgb = Palette.viridis(t);
    double k = 0.45 + 0.55 * light;
    return new Color((int) (((rgb >> 16) & 0xFF) * k), (int) (((rgb >> 8) & 0xFF) * k), (int) ((rgb & 0xFF) * k));
  }

  /** Where the contour levels cross the cell: a segment between two of its edges, drawn on it. */
  private static void contours(Graphics2D g, SurfaceMesh s, int[] nodes, double[][] corner, Color colour) {
    int n = s.grid.nx();
    double[] v = new double[4];
    for (int k = 0; k < 4; k++) {
      v[k] = s.grid.value(nodes[k] % n, nodes[k] / n);
    }
    g.setColor(colour);
    g.setStroke(CONTOUR);
    for (double level : s.levels.levels()) {
      double[] hit = new double[4];
      int found = 0;
      for (int k = 0; k < 4 && found < 4; k++) {
        double a = v[k];
        double b = v[(k + 1) % 4];
        if ((a < level) != (b < level)) {
          double t = (level - a) / (b - a);
          hit[found++] = corner[k][0] + t * (corner[(k + 1) % 4][0] - corner[k][0]);
          hit[found++] = corner[k][1] + t * (corner[(k + 1) % 4][1] - corner[k][1]);
        }
      }
      if (found == 4) {
        g.draw(new Line2D.Double(hit[0], hit[1], hit[2], hit[3]));
      }
    }
  }

  /** The floor's outline at the bottom of the box and the names of its axes. */
  private static void floor(Graphics2D g, SurfaceProjection p, String xTitle, String yTitle) {
    Color ink = PlotTheme.of(g).ink();
    double[][] c = new double[4][3];
    double[][] at = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
    Path2D.Double outline = new Path2D.Double();
    for (int k = 0; k < 4; k++) {
      p.project(at[k][0], at[k][1], -SurfaceMesh.HEIGHT, c[k]);
      if (k == 0) {
        outline.moveTo(c[k][0], c[k][1]);
      } else {
        outline.lineTo(c[k][0], c[k][1]);
      }
    }
    outline.closePath();
    g.setColor(new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 70));
    g.setStroke(PlotStyle.HAIRLINE);
    g.draw(outline);
    g.setColor(ink);
    g.setFont(PlotStyle.LABEL_FONT);
    double[] mid = new double[3];
    // beyond the numbered ticks (SurfaceAxes)
    p.project(0, -1.4, -SurfaceMesh.HEIGHT, mid);
    g.drawString(xTitle + " →", (float) mid[0] - 12, (float) mid[1] + 14);
    p.project(1.4, 0, -SurfaceMesh.HEIGHT, mid);
    g.drawString(yTitle + " →", (float) mid[0], (float) mid[1] + 14);
  }

  /** The paths on the surface (over it: never hidden), each start ringed and its current iterate marked. */
  public static void paintPaths(Graphics2D g, SurfaceMesh s, Camera camera, List<Path> paths, double width,
      double height) {
    PlotStyle.smooth(g);
    SurfaceProjection p = new SurfaceProjection(camera, width, height);
    double[] pt = new double[3];
    Color ink = PlotTheme.of(g).ink();
    for (Path run : paths) {
      IteratePath it = run.path();
      int last = Math.min(run.current(), it.size() - 1);
      Path2D.Double line = onSurface(s, p, it, last, run.xAxis(), run.yAxis());
      double[] start = last < 0 ? null : clone(onSurface(s, p, it.x(0, run.xAxis()), it.x(0, run.yAxis()), pt));
      double[] current = last < 0 ? null
          : clone(onSurface(s, p, it.x(last, run.xAxis()), it.x(last, run.yAxis()), pt));
      g.setColor(PlotTheme.of(g).paper());
      g.setStroke(new BasicStroke(4.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(line);
      g.setColor(run.colour());
      g.setStroke(PlotStyle.PATH);
      g.draw(line);
      if (start != null) {
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(start[0] - 6, start[1] - 6, 12, 12));
        g.setColor(ink);
        g.draw(new Ellipse2D.Double(start[0] - 6, start[1] - 6, 12, 12));
      }
      if (current != null && last > 0) {
        g.setColor(run.colour());
        g.fill(new Ellipse2D.Double(current[0] - 6, current[1] - 6, 12, 12));
        g.setColor(ink);
        g.draw(new Ellipse2D.Double(current[0] - 6, current[1] - 6, 12, 12));
      }
      if (run.sketch() != null) {
        arrows(g, s, p, run, width, height);
      }
    }
  }

  /** The method's arrows at the iterate, their ends lifted onto the surface (as SketchPainter draws them in 2D). */
  private static void arrows(Graphics2D g, SurfaceMesh s, SurfaceProjection p, Path run, double width,
      double height) {
    gdviz.plot.label.PlotLabels labels = new gdviz.plot.label.PlotLabels(0, 0, width, height);
    SketchPainter.arrows(g, run.sketch(), run.colour(), point -> {
      double[] at = onSurface(s, p, point[run.xAxis()], point[run.yAxis()], new double[3]);
      return at == null ? null : new double[] {at[0], at[1]};
    }, run.xAxis(), run.yAxis(), labels);
    labels.drawAll(g, PlotTheme.of(g).paper());
  }


  /** A world point on the surface, on screen; null outside the rectangle or where f is undefined. */
  /** A path's first {@code last} + 1 iterates lying on the surface (broken where it leaves the rectangle). */
  static Path2D.Double onSurface(SurfaceMesh s, SurfaceProjection p, IteratePath it, int last, int xAxis, int yAxis) {
    Path2D.Double line = new Path2D.Double();
    boolean drawing = false;
    double[] pt = new double[3];
    for (int k = 0; k <= Math.min(last, it.size() - 1); k++) {
      double[] screen = onSurface(s, p, it.x(k, xAxis), it.x(k, yAxis), pt);
      if (screen == null) {
        drawing = false;
      } else if (drawing) {
        line.lineTo(screen[0], screen[1]);
      } else {
        line.moveTo(screen[0], screen[1]);
        drawing = true;
      }
    }
    return line;
  }

  private static double[] clone(double[] point) {
    return point == null ? null : point.clone();
  }

  static double[] onSurface(SurfaceMesh s, SurfaceProjection p, double x, double y, double[] out) {
    Viewport w = s.world;
    if (!(x >= w.xMin() && x <= w.xMax() && y >= w.yMin() && y <= w.yMax())) {
      return null;
    }
    double z = s.z(s.shown.value(new double[] {x, y}));
    if (Double.isNaN(z)) {
      return null;
    }
    return p.project(boxX(w, x), boxY(w, y), z + 0.01, out);
  }

  /** The screen position of a world point on the surface for this camera and size (tests, picking). */
  public static double[] screen(SurfaceMesh s, Camera camera, double width, double height, double x, double y) {
    double[] out = onSurface(s, new SurfaceProjection(camera, width, height), x, y, new double[3]);
    return out == null ? null : new double[] {out[0], out[1]};
  }
}
