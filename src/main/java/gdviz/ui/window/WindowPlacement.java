package gdviz.ui.window;

/** Where the window is and how large, in screen coordinates, and whether it is maximized. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {}
