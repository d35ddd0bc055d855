package gdviz.scenarios;

import gdviz.model.preset.RunOverrides;

/** Test helper: a RunOverrides with just the fields a test overrides. */
final class RunOverridesBuilder {
  private Double eta;
  private Long seed;
  private String lineSearch;

  RunOverridesBuilder eta(double v) {
    eta = v;
    return this;
  }

  RunOverridesBuilder seed(Long v) {
    seed = v;
    return this;
  }

  RunOverridesBuilder lineSearch(String v) {
    lineSearch = v;
    return this;
  }

  RunOverrides build() {
    return RunOverrides.builder().eta(eta).seed(seed).knob("lineSearch", lineSearch).build();
  }
}
