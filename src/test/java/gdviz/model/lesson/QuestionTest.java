package gdviz.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.analysis.IteratePath;
import gdviz.model.analysis.Outcome;
import gdviz.model.analysis.RunBehaviour;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answers the runs give: x ← 0.6x converges, x ← −0.6x oscillates, a diverging run diverges; the race's winner. */
class QuestionTest {
  /** x_k = x0·r^k, f = x². */
  private static IteratePath geometric(double r, int n) {
    return new IteratePath() {
      public int size() {
        return n;
      }

      public int dimension() {
        return 1;
      }

      public double x(int k, int i) {
        return 10 * Math.pow(r, k);
      }

      public double value(int k) {
        return x(k, 0) * x(k, 0);
      }

      public double gradient(int k, int i) {
        return 2 * x(k, 0);
      }
    };
  }

  @Test
  void theBehaviourOfARun() {
    Outcome stopped = Outcome.of(Outcome.Kind.STOPPED, 10);
    assertEquals(RunBehaviour.CONVERGES, RunBehaviour.of(geometric(0.6, 11), stopped));
    assertEquals(RunBehaviour.OSCILLATES, RunBehaviour.of(geometric(-0.6, 11), stopped));
    assertEquals(RunBehaviour.DIVERGES, RunBehaviour.of(geometric(-1.2, 11), Outcome.of(Outcome.Kind.DIVERGING, 10)));
    assertEquals(RunBehaviour.CONVERGES, RunBehaviour.of(geometric(0.6, 1), stopped), "the start only: nothing turned");
  }

  @Test
  void theRaceGoesToTheFirstToConvergeElseTheLowest() {
    Question race = Question.of("race", null, "t");
    assertEquals("Which run gets there first?", race.text());
    var slow = new Question.Ran("gd", geometric(0.9, 50), Outcome.of(Outcome.Kind.CONVERGED, 49));
    var fast = new Question.Ran("adam", geometric(0.5, 20), Outcome.of(Outcome.Kind.CONVERGED, 19));
    assertEquals(new Question.Answer("adam", "adam gets there first: converged at step 19"),
        race.answer(List.of(slow, fast)));
    var a = new Question.Ran("a", geometric(0.9, 11), Outcome.of(Outcome.Kind.STOPPED, 10));
    var b = new Question.Ran("b", geometric(0.5, 11), Outcome.of(Outcome.Kind.STOPPED, 10));
    assertEquals("b", race.answer(List.of(a, b)).choice(), "none converged: the lowest f at the end");
    Question outcome = Question.of("outcome", "η = 0.8?", "t");
    assertEquals(Question.BEHAVIOURS, outcome.choices(List.of("a", "b")));
    assertEquals("oscillates", outcome.answer(List.of(new Question.Ran("gd", geometric(-0.6, 11),
        Outcome.of(Outcome.Kind.STOPPED, 10)))).choice());
  }

  @Test
  void guessesAreMeasuredInThePlaneTheyWereClickedIn() {
    assertEquals(new Question.Answer("guess 1", "x₁ = (-4, -1.2): guess 1 is 0.3 away, guess 2 is 1 away; the closest:"
        + " guess 1"), Question.next(new double[] {-4, -1.2}, List.of(new double[] {-4, -1.5}, new double[] {-3, -1.2})));
    // three variables drawn in the plane of coordinates 1 and 3: the second one is not the plane's
    double[] x1 = {1, 50, 2};
    assertEquals(new Question.Answer("guess 1", "x₁ = (1, 50, 2), in the plane drawn (coordinates 1 and 3) (1, 2):"
        + " guess 1 is 0.5 away"), Question.next(x1, 0, 2, List.<double[]>of(new double[] {1, 2.5})));
    assertEquals("x₁ = 3", Question.next(new double[] {3}, 0, 1, List.of()).why(), "one variable, no guesses");
  }
}
