package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import gdviz.plot.export.FigureFiles.Drawing;
import java.util.ArrayList;
import java.util.List;

/** Runs on their function's surface in 3D as figures: one drawing, or an animation's frames on one mesh. */
public final class SurfaceFigures {
  private SurfaceFigures() {}

  /**
   * One run on its function's surface in 3D, seen from {@code camera}: a 100 × 100 mesh over
   * {@code world} (null: fitted to the run as the 2D plot is), as frames of an animation — one
   * drawing per iterate k in {@code steps} (the path up to k), all on one mesh.
   */
  public static List<Drawing> surfaceFrames(String title, Figures.RunData run, Viewport world, SurfacePainter.Camera camera,
      List<Integer> steps, boolean logHeights) {
    return surfaceFrames(title, List.of(run), world, camera, steps, logHeights);
  }

  /**
   * Several runs on their function's surface (they must share it), each in its colour with a legend
   * above the box, as frames: one drawing per iterate k in {@code steps} (each path up to k).
   */
  public static List<Drawing> surfaceFrames(String title, List<Figures.RunData> runs, Viewport world,
      SurfacePainter.Camera camera, List<Integer> steps, boolean logHeights) {
    return surfaceFrames(title, runs, world, camera, steps, logHeights, null);
  }

  /**
   * The same with the first run's seeded runs ({@code spread}, null: none) faintly on the surface and
   * their mean path dashed, under the runs' own paths.
   */
  public static List<Drawing> surfaceFrames(String title, List<Figures.RunData> runs, Viewport world,
      SurfacePainter.Camera camera, List<Integer> steps, boolean logHeights, gdviz.engine.RunSpread spread) {
    Figures.RunData first = runs.get(0);
    long functions = runs.stream().map(r -> r.setup().objective().description()).distinct().count();
    if (functions > 1) {
      throw new gdviz.model.SetupException("the 3D view draws runs on one function; these runs use " + functions);
    }
    Figure.Panel p = Figures.panel(first.setup().objective().description(), first.setup(), List.of(0), world);
    if (p.shown().dimension() < 2) {
      throw new gdviz.model.SetupException("the 3D view needs a function of two or more variables; this one has 1");
    }
    List<IteratePath> paths = runs.stream().map(Figures.RunData::path).toList();
    List<FigurePainter.Entry> legend = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      legend.add(new FigurePainter.Entry(runs.get(i).label(), runs.size() == 1 ? Palette.VERMILLION
          : FigurePainter.runColour(i)));
    }
    SurfaceMesh[] mesh = new SurfaceMesh[1];
    double[] meshSize = new double[2];
    List<Drawing> frames = new ArrayList<>();
    for (int k : steps) {
      frames.add((g, width, height) -> {
        AxesPainter.clear(g, width, height);
        double top = Figures.title(g, title, width);
        top += runs.size() > 1 ? FigurePainter.legend(g, legend, width, top) : 0;
        if (mesh[0] == null || meshSize[0] != width || meshSize[1] != height) {
          Viewport w = world != null ? world : ViewFit.fit(paths, p.shown(), 0, 1, width, height - top);
          mesh[0] = new SurfaceMesh(p.shown(), w, 100, logHeights);
          meshSize[0] = width;
          meshSize[1] = height;
        }
        var transform = g.getTransform();
        g.translate(0, top);
        SurfacePainter.paintSurface(g, mesh[0], camera, p.xTitle(), p.yTitle(), width, height - top);
        List<SurfacePainter.Path> drawn = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
          IteratePath path = paths.get(i);
          drawn.add(new SurfacePainter.Path(path, Math.min(k, path.size() - 1),
              PlotTheme.of(g).onPage(legend.get(i).colour()), 0, 1));
        }
        if (spread != null) {
          SurfaceSpread.paint(g, mesh[0], camera, new SpreadPainter.Picture(spread, k,
              PlotTheme.of(g).onPage(legend.get(0).colour()), 0, 1), width, height - top);
        }
        SurfacePainter.paintPaths(g, mesh[0], camera, drawn, width, height - top);
        g.setTransform(transform);
      });
    }
    return frames;
  }

}
