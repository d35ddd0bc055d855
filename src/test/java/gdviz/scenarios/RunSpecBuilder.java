package gdviz.scenarios;

import gdviz.model.preset.RunSpec;

/** Test helper: a RunSpec with just the fields a test overrides. */
final class RunSpecBuilder {
  private Double eta;
  private Long seed;
  private String lineSearch;

  RunSpecBuilder eta(double v) {
    eta = v;
    return this;
  }

  RunSpecBuilder seed(Long v) {
    seed = v;
    return this;
  }

  RunSpecBuilder lineSearch(String v) {
    lineSearch = v;
    return this;
  }

  RunSpec build() {
    return RunSpec.builder().eta(eta).seed(seed).knob("lineSearch", lineSearch).build();
  }
}
