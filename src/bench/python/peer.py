#!/usr/bin/python3
"""The peer side of gdviz's benchmarks: the same work done with matplotlib and contourpy.

Run it after `./mvnw -Pbench verify` (which leaves target/bench/jmh.json and target/bench/app.json):

    /usr/bin/python3 src/bench/python/peer.py

It contours the same grid (f = sin(x)·cos(y) + 0.1·(x² + y²) on [-3, 3]², n × n nodes, 20 levels
evenly spaced strictly inside the range) with contourpy's `serial` algorithm, and draws and saves
the same 2D figure (heat map, 16 contour lines, the quadratic-2d path) as a 1800 × 1350 PNG with
matplotlib; then prints medians and the ratio gdviz / peer per case (below 1: gdviz is faster).
Needs Debian's python3-matplotlib and python3-contourpy.
"""
import io
import json
import os
import statistics
import sys
import time

import numpy as np
import contourpy
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def grid(n):
    x = np.linspace(-3, 3, n)
    X, Y = np.meshgrid(x, x)
    Z = np.sin(X) * np.cos(Y) + 0.1 * (X ** 2 + Y ** 2)
    return x, Z


def levels(Z, count=20):
    lo, hi = Z.min(), Z.max()
    return [lo + (hi - lo) * (i + 1) / (count + 1) for i in range(count)]


def timed(fn, repeats, warmup=3):
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def contour_case(n, repeats):
    x, Z = grid(n)
    lv = levels(Z)

    def run():
        gen = contourpy.contour_generator(x, x, Z, name="serial", line_type=contourpy.LineType.Separate)
        return [gen.lines(level) for level in lv]

    return timed(run, repeats)


def quadratic_2d_path():
    # gd on x1^2 + 2*x2^2 from (-5, -2), eta = 0.1, 20 steps: what the gdviz preset draws
    x = np.array([-5.0, -2.0])
    path = [x.copy()]
    for _ in range(20):
        x = x - 0.1 * np.array([2 * x[0], 4 * x[1]])
        path.append(x.copy())
    return np.array(path)


def export_case(repeats):
    path = quadratic_2d_path()
    xs = np.linspace(-5.8, 0.8, 320)
    ys = np.linspace(-2.6, 0.6, 320)
    X, Y = np.meshgrid(xs, ys)
    Z = X ** 2 + 2 * Y ** 2

    def run():
        fig, ax = plt.subplots(figsize=(9, 6.75), dpi=200)  # 1800 x 1350 pixels
        ax.imshow(Z, extent=(xs[0], xs[-1], ys[0], ys[-1]), origin="lower", cmap="viridis", aspect="auto")
        ax.contour(X, Y, Z, levels=16, colors="white", linewidths=0.8)
        ax.plot(path[:, 0], path[:, 1], "-o", color="#D55E00", markersize=4)
        ax.set_xlabel("x1")
        ax.set_ylabel("x2")
        ax.set_title("quadratic-2d")
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        plt.close(fig)
        return buffer.getbuffer().nbytes

    return timed(run, repeats, warmup=2)


def java_results(path="target/bench/jmh.json"):
    if not os.path.exists(path):
        return {}
    results = {}
    for entry in json.load(open(path)):
        name = entry["benchmark"].split(".")[-1]
        params = entry.get("params") or {}
        if "n" in params:
            name += "[" + params["n"] + "]"
        score = entry["primaryMetric"]["score"]
        unit = entry["primaryMetric"]["scoreUnit"]
        results[name] = (score, unit)
    return results


def main():
    peer = {
        "contourLines[200]": contour_case(200, 50),
        "contourLines[1000]": contour_case(1000, 10),
        "png2dAt1800x1350": export_case(10),
    }
    java = java_results()
    print(f"{'case':<22} {'gdviz (ms)':>12} {'peer (ms)':>12} {'gdviz/peer':>11}")
    for case, ms in peer.items():
        j = java.get(case)
        if j is None:
            print(f"{case:<22} {'-':>12} {ms:>12.3f} {'-':>11}")
        else:
            print(f"{case:<22} {j[0]:>12.3f} {ms:>12.3f} {j[0] / ms:>11.2f}")
    json.dump(peer, open("target/bench/peer.json", "w"), indent=2)


if __name__ == "__main__":
    sys.exit(main())
