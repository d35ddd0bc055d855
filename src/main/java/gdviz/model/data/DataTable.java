package gdviz.model.data;

/** Rows of features with one target each. */
public record DataTable(double[][] features, double[] targets) {}
