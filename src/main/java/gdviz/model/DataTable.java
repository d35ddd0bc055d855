package gdviz.model;

/** Rows of features with one target each. */
public record DataTable(double[][] features, double[] targets) {}
