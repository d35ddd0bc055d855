package gdviz.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.preset.SetupResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

class EtaComparisonTest {
  private static List<String> labels(String function, double eta, double... start) {
    StepSizeBands bands = StepSizeBands.at(SetupResolver.function(function, null), start);
    return EtaComparison.around(eta, bands).stream().map(EtaComparison.Choice::label).toList();
  }

  @Test
  void fromAMonotoneEtaTheCoursesThree() {
    assertEquals(List.of("η = 0.05 (crawls)", "η = 0.2 (converges)", "η = 1.1 (diverges)"), labels("x^2", 0.2, 10));
  }

  @Test
  void fromAnAmberEtaTheBestFixedStepIsTheMiddleOne() {
    // quadratic-2d: L = 4, μ = 2, 2/(μ + L) = 1/3; η = 0.45 oscillates
    assertEquals(List.of("η = 0.0833 (crawls)", "η = 0.333 (oscillates)", "η = 0.55 (diverges)"),
        labels("x1^2 + 2*x2^2", 0.45, -5, -2));
  }

  @Test
  void fromADivergingEtaToo() {
    // x²: L = μ = 2, 2/(μ + L) = 0.5 = 1/L, one step to the minimum
    assertEquals(List.of("η = 0.125 (crawls)", "η = 0.5 (converges)", "η = 1.1 (diverges)"), labels("x^2", 10, 10));
  }

  @Test
  void withoutCurvatureTheyAreNamedForWhatTheyAre() {
    assertEquals(List.of("η = 0.025 (η/4)", "η = 0.1 (as set)", "η = 0.5 (5·η)"),
        EtaComparison.around(0.1, null).stream().map(EtaComparison.Choice::label).toList());
  }
}
