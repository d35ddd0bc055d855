package gdviz.ui.table;

import gdviz.engine.Trajectory;
import gdviz.model.format.Numbers;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A cell of the iterates table showing one number of iterate k of the table's run, in as many
 * significant digits as its width holds ({@link Numbers#fit}): never cut to "…", never without its
 * exponent. It rewrites itself when the run changes, so a new run refreshes the visible cells in
 * place instead of replacing every row — that made the table lay out and repaint twice per slider
 * move (see BENCHMARKS.md).
 */
final class IterateCell extends TableCell<Integer, Integer> {
  private static Font measuredFont;
  /** The width of each character a number is written with, in the table's font. */
  private static final double[] CHAR_WIDTHS = new double[128];

  private final IntToDoubleFunction number;
  private final Supplier<Trajectory> run;
  private final InvalidationListener runChanged = o -> rewrite();
  private final Runnable wrote;
  private boolean rewriting;
  private double fittedWidth = -1;

  /**
   * @param number iterate k's number (NaN: blank), or null for the iterate number k itself
   * @param run the table's run
   * @param runVersion changes when the table shows another run
   * @param wrote told each time the cell writes its text (the table counts its work per frame)
   */
  IterateCell(IntToDoubleFunction number, Supplier<Trajectory> run, Observable runVersion, Runnable wrote) {
    this.number = number;
    this.run = run;
    this.wrote = wrote;
    setTextOverrun(OverrunStyle.CLIP); // never an ellipsis: fit() shortens the digits instead
    runVersion.addListener(new WeakInvalidationListener(runChanged));
  }

  /** A new width: the digits are fitted to it again before the text is laid out. */
  @Override
  protected void layoutChildren() {
    if (number != null && getWidth() != fittedWidth) {
      fittedWidth = getWidth();
      show();
    }
    super.layoutChildren();
  }

  @Override
  protected void updateItem(Integer k, boolean empty) {
    super.updateItem(k, empty);
    show();
  }

  /**
   * New numbers in a cell of fixed size: the cell lays out its text again, but its row is not asked
   * to — the table re-styles and re-lays out every row that asks, which was about half the layout
   * time of a slider frame (BENCHMARKS.md).
   */
  private void rewrite() {
    rewriting = true;
    try {
      show();
    } finally {
      rewriting = false;
    }
  }

  @Override
  public void requestLayout() {
    if (rewriting) {
      setNeedsLayout(true);
    } else {
      super.requestLayout();
    }
  }

  private void show() {
    wrote.run();
    Integer k = getItem();
    Trajectory t = run.get();
    if (isEmpty() || k == null || t == null || k >= t.size()) {
      setText(null);
      return;
    }
    if (number == null) {
      setText(Integer.toString(k));
      return;
    }
    double v = number.applyAsDouble(k);
    if (Double.isNaN(v) && k == 0) {
      setText("");
      return;
    }
    if (getWidth() <= 0) {
      setText(Numbers.compact(v));
      return;
    }
    double room = getWidth() - snappedLeftInset() - snappedRightInset() - 2;
    measure(getFont());
    setText(Numbers.fit(v, room, IterateCell::width));
  }

  /** A number's width in the table's font, from the widths of its characters (measured once). */
  private static double width(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += c < CHAR_WIDTHS.length && CHAR_WIDTHS[c] > 0 ? CHAR_WIDTHS[c] : CHAR_WIDTHS['0'];
    }
    return w;
  }

  private static void measure(Font font) {
    if (font.equals(measuredFont)) { // equal fonts of different cells are different objects
      return;
    }
    Text t = new Text();
    t.setFont(font);
    for (char c : "0123456789.-eEINaInfity".toCharArray()) {
      t.setText(String.valueOf(c));
      CHAR_WIDTHS[c] = t.getLayoutBounds().getWidth();
    }
    measuredFont = font;
  }
}
