"""Files a run leaves beside its metrics: confusion-matrix pictures and text reports."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def write_confusion_png(name: str, scores: dict, output_dir: Path) -> Path:
    """One heat map of gold (rows) against predicted (columns) labels for a split."""
    labels = scores["all"]["confusion_matrix"]["labels"]
    matrix = scores["all"]["confusion_matrix"]["matrix"]
    figure, axes = plt.subplots(figsize=(4, 3.6))
    axes.imshow(matrix, cmap="Blues")
    axes.set_xticks(range(len(labels)), labels)
    axes.set_yticks(range(len(labels)), labels)
    axes.set_xlabel("predicted")
    axes.set_ylabel("gold")
    axes.set_title(f"{name}: F_avg {scores['f_avg']:.3f}")
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            axes.text(j, i, str(value), ha="center", va="center")
    figure.tight_layout()
    path = output_dir / f"confusion_{name}.png"
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path


def write_report(name: str, scores: dict, output_dir: Path) -> Path:
    """Per-class precision, recall and F1 of every target of a split, as plain text."""
    lines = [f"{name}: F_avg {scores['f_avg']:.4f}"]
    for target, target_scores in scores.items():
        if not isinstance(target_scores, dict):
            continue  # the headline f_avg and its interval
        lines.append(f"\n[{target}] macro-F1 {target_scores['macro_f1']:.4f}")
        lines.append(f"{'label':<10}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
        for label, row in target_scores["per_class"].items():
            lines.append(
                f"{label:<10}{row['precision']:>10.4f}{row['recall']:>10.4f}"
                f"{row['f1']:>10.4f}{row['support']:>10}"
            )
    path = output_dir / f"report_{name}.txt"
    path.write_text("\n".join(lines) + "\n")
    return path
