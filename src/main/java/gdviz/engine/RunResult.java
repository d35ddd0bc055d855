package gdviz.engine;

import gdviz.model.analysis.Outcome;

/**
 * A finished run: its id (so views can ignore results of runs they no longer show), the
 * iterates, how it ended, and the iterate with the lowest objective (highest when maximizing).
 */
public record RunResult(long runId, Trajectory trajectory, Outcome outcome, int bestIndex) {}
