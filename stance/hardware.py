"""CPU capability checks: bf16 autocast only where the CPU does bf16 natively."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import torch

log = logging.getLogger(__name__)
_BF16_FLAGS = ("amx_bf16", "avx512_bf16")


def cpu_supports_bf16() -> bool:
    """True on CPUs with AMX or AVX512-BF16; emulated bf16 would be slower than fp32."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        flags = cpuinfo.read_text(errors="ignore")
        return any(flag in flags for flag in _BF16_FLAGS)
    return False


def use_bf16(setting: str | bool) -> bool:
    """Resolve a config value of true, false or "auto"."""
    if setting == "auto":
        return cpu_supports_bf16()
    return bool(setting)


def autocast_context(setting: str | bool):
    if use_bf16(setting):
        return torch.autocast("cpu", dtype=torch.bfloat16)
    return contextlib.nullcontext()
