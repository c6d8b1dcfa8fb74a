#!/usr/bin/env python3
"""Adds the Bedrock prices of two MIT-licensed community price maps to Pricing/.

Reads LiteLLM's `model_prices_and_context_window_backup.json` (the `litellm` wheel) and pydantic's
`genai_prices/data.py` (the `genai-prices` wheel). Neither package is a dependency of GenAIPlanner:
download the wheels, unzip them, and point this script at the files:

    pip download --no-deps litellm==1.110.2 genai-prices==0.2.3 -d /tmp/wheels
    cd /tmp/wheels && for w in *.whl; do unzip -q -o "$w" -d unpacked; done
    python3 scripts/import-community-prices.py \
        --litellm /tmp/wheels/unpacked/litellm/model_prices_and_context_window_backup.json \
        --genai-prices /tmp/wheels/unpacked --read-on 2026-12-02
    swift run genai-plan-embed-pricing

Precedence (README, "Where the Bedrock prices come from"): a price already in the snapshot (AWS
Price List records and AWS's pricing pages) is never replaced; then genai-prices (each entry cites
the AWS page or Price List record it was read from); then LiteLLM. A losing value that differs is
kept in the model's `note`. The script is idempotent: it first removes what an earlier run added.
"""

import argparse
import json
import re
import sys
import types
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

LITELLM = "LITELLM"
GENAI = "GENAI-PRICES"
IMPORTED = {LITELLM, GENAI}
MILLION = Decimal(1_000_000)

PROVIDERS = {
    "ai21": "AI21 Labs", "amazon": "Amazon", "anthropic": "Anthropic", "cohere": "Cohere",
    "deepseek": "DeepSeek", "google": "Google", "meta": "Meta", "minimax": "MiniMax", "mistral": "Mistral AI",
    "moonshotai": "Moonshot AI", "moonshot": "Moonshot AI", "nvidia": "NVIDIA", "openai": "OpenAI", "qwen": "Qwen",
    "stability": "Stability AI", "twelvelabs": "TwelveLabs", "writer": "Writer", "xai": "xAI", "zai": "Z.ai",
    "luma": "Luma AI",
}
REGION = re.compile(r"^[a-z]{2}(-gov)?-[a-z]+-\d$")
PROFILE_PREFIXES = ["global", "us-gov", "us", "eu", "apac", "jp", "au", "ca", "in"]

# LiteLLM field → catalog rate kind, per 1M tokens.
TOKEN_FIELDS = {
    "input_cost_per_token": "input",
    "output_cost_per_token": "output",
    "input_cost_per_token_batches": "batch_input",
    "output_cost_per_token_batches": "batch_output",
    "cache_read_input_token_cost": "cache_read",
    "cache_creation_input_token_cost": "cache_write",
    "cache_creation_input_token_cost_above_1hr": "cache_write_1h",
    "input_cost_per_token_flex": "flex_input",
    "output_cost_per_token_flex": "flex_output",
    "input_cost_per_token_priority": "priority_input",
    "output_cost_per_token_priority": "priority_output",
}
LONG_CONTEXT = {
    "input_cost_per_token": "input_long_context",
    "output_cost_per_token": "output_long_context",
    "cache_read_input_token_cost": "cache_read_long_context",
    "cache_creation_input_token_cost": "cache_write_long_context",
    "cache_creation_input_token_cost_above_1hr": "cache_write_1h_long_context",
    "input_cost_per_token_batches": "batch_input_long_context",
    "output_cost_per_token_batches": "batch_output_long_context",
}
GENAI_FIELDS = {
    "input_mtok": "input", "output_mtok": "output", "cache_read_mtok": "cache_read",
    "cache_write_mtok": "cache_write", "cache_write_1h_mtok": "cache_write_1h",
}
GENAI_BATCH = {"input": "batch_input", "output": "batch_output"}
GENAI_TIER = {"flex": ("flex_input", "flex_output"), "priority": ("priority_input", "priority_output")}


def decimal_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")


def per_million(cost) -> Decimal:
    return Decimal(repr(cost)) * MILLION


def strip_version(name: str) -> str:
    """The catalog id of a Bedrock model id: without the `:N` suffix, a first version's `-v1`/`-1` and a
    date (`anthropic.claude-sonnet-4-20250514-v1:0` → `anthropic.claude-sonnet-4`); a later version stays
    (`nvidia.nemotron-nano-9b-v2:0` → `nvidia.nemotron-nano-9b-v2`)."""
    name = re.sub(r"(-v1|-1)?:\d+$", "", name)
    name = re.sub(r"(?<=\d)-v1$", "", name)
    name = re.sub(r"-\d{8}(?=$|-v\d+$)", "", name)
    return name


def candidates(name: str) -> list[str]:
    """Spellings under which a catalog model may already be listed."""
    found = [name, strip_version(name), re.sub(r"(-v\d+)?:\d+$", "", name), re.sub(r"-v\d+(:\d+)?$", "", name)]
    found += [re.sub(r"-instruct$", "", f) for f in found] + [f + "-instruct" for f in found]
    found += [f.replace("moonshot.", "moonshotai.", 1) for f in found if f.startswith("moonshot.")]
    return found


WORDS = {
    "gpt": "GPT", "oss": "OSS", "glm": "GLM", "vl": "VL", "it": "IT", "ai": "AI", "minimax": "MiniMax",
    "deepseek": "DeepSeek", "xl": "XL", "sd3": "SD3",
}


def display_name(model_id: str, provider: str) -> str:
    """`anthropic.claude-opus-4-7` → `Claude Opus 4.7`; `deepseek.v3.2` → `DeepSeek V3.2`."""
    words = []
    for token in model_id.split(".", 1)[1].split("-"):
        if token.isdigit() and words and re.fullmatch(r"v?[\d.]+", words[-1]) and len(token) <= 2:
            words[-1] += "." + token
        elif re.fullmatch(r"v\d+", token):
            words.append(token)
        elif re.fullmatch(r"[a-z]?\d+(\.\d+)?[a-z]?", token):
            words.append(token.upper() if not token.isdigit() else token)
        else:
            words.append(WORDS.get(token, token.capitalize()))
    name = " ".join(words)
    family = provider.split()[0]
    generic = len(words) == 1 or words[0] in ("Rerank", "Embed")
    if not name.lower().startswith(family.lower()) and (generic or provider in ("DeepSeek", "MiniMax", "Qwen", "Writer")):
        name = f"{family} {name}"
    return name


def normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


class Catalog:
    def __init__(self, pricing: Path):
        self.pricing = pricing
        self.manifest = json.loads((pricing / "manifest.json").read_text())
        self.bedrock = json.loads((pricing / "bedrock.json").read_text())
        self.names = json.loads((pricing / "price-list-names.json").read_text())
        # Undo an earlier run: models it added, blocks and notes it added.
        kept = []
        for model in self.bedrock["models"]:
            if model.get("facts_source") in IMPORTED:
                self.names["names"].pop(model["id"], None)
                continue
            model["prices"] = [b for b in model["prices"] if b["source"] not in IMPORTED]
            if "note" in model:
                model["note"] = model["note"].split(" Not used (lower precedence): ")[0]
                if not model["note"]:
                    del model["note"]
            kept.append(model)
        self.bedrock["models"] = kept
        self.index = {}
        self.regional = {
            m["id"]: {r for b in m["prices"] if b.get("endpoint", "regional") == "regional" for r in b["regions"]}
            for m in kept
        }
        for model in kept:
            for key in [model["id"], *model.get("aliases", [])]:
                self.index.setdefault(normalise(key), model["id"])
                self.index.setdefault(normalise(strip_version(key)), model["id"])

    def find(self, bedrock_id: str):
        for candidate in candidates(bedrock_id):
            found = self.index.get(normalise(candidate))
            if found:
                return found
        return None

    def bare_regions(self, model_id: str) -> list[str]:
        """Where an unprefixed, region-less price applies: us-east-1 and us-west-2 for a new model; for a
        catalogued one only those of the two where the catalog already sells it (Claude 3 Opus was
        us-west-2 only), since such a price names no region."""
        regions = ["us-east-1", "us-west-2"]
        known = self.regional.get(model_id)
        return regions if known is None else [r for r in regions if r in known]

    def identify(self, bedrock_id: str) -> str:
        """The catalog id of a Bedrock id: a listed model's, else a new one, remembered for its spellings."""
        found = self.find(bedrock_id)
        if found:
            return found
        new = strip_version(bedrock_id)
        self.index.setdefault(normalise(new), new)
        return new


class Collected:
    """Slots (model, region, scope, kind) → price, per source, plus model facts."""

    def __init__(self):
        self.rates = defaultdict(dict)  # (source) → {(model, region, scope, kind, unit): Decimal}
        self.facts = {}  # model id → facts
        self.skipped = defaultdict(list)

    def put(self, source, model, region, scope, kind, unit, price):
        key = (model, region, scope, kind, unit)
        self.rates[source].setdefault(key, price)


def regions_for(prefix: str, covered: list[str]) -> list[str]:
    commercial = [r for r in covered if not r.startswith("us-gov-")]
    table = {
        "global": commercial,
        "us": [r for r in commercial if r.startswith("us-")],
        "us-gov": [r for r in covered if r.startswith("us-gov-")],
        "eu": [r for r in commercial if r.startswith("eu-")],
        "apac": [r for r in commercial if r.startswith("ap-")],
        "jp": [r for r in commercial if r in ("ap-northeast-1", "ap-northeast-3")],
        "au": [r for r in commercial if r in ("ap-southeast-2", "ap-southeast-4")],
        "ca": [r for r in commercial if r.startswith("ca-")],
        "in": [r for r in commercial if r in ("ap-south-1", "ap-south-2")],
    }
    return table[prefix]


def parse_litellm_key(key: str):
    """→ (regions or None, prefix or None, commitment or None, image size/steps or None, bedrock id)."""
    parts = key.split("/")
    image = None
    if re.fullmatch(r"(\d+|max)-x-(\d+|max)", parts[0]):
        image = (parts[0], parts[1])
        parts = parts[2:]
    if parts and parts[0] in ("bedrock", "bedrock_mantle"):
        parts = parts[1:]
    if parts and parts[0] in ("converse", "invoke"):
        parts = parts[1:]
    if parts and parts[0] == "claude_platform":
        return None
    region = None
    if parts and (REGION.match(parts[0]) or parts[0] == "*"):
        region = parts[0]
        parts = parts[1:]
    commitment = None
    if parts and re.fullmatch(r"\d+-month-commitment|no-commitment", parts[0]):
        commitment = parts[0]
        parts = parts[1:]
    if len(parts) != 1:
        return None
    name = parts[0]
    prefix = None
    for candidate in PROFILE_PREFIXES:
        if name.startswith(candidate + ".") and "." in name[len(candidate) + 1 :]:
            prefix, name = candidate, name[len(candidate) + 1 :]
            break
    if "." not in name or "@" in name:
        return None
    return region, prefix, commitment, image, name


def model_kind(entry: dict, name: str) -> str | None:
    mode = entry.get("mode")
    if mode in ("chat", "responses", "realtime", "completion"):
        return "text"
    if mode == "embedding":
        multimodal = "input_cost_per_image" in entry or any(
            word in name for word in ("multimodal", "marengo", "embed-image", "embed-v4"))
        return "multimodal-embedding" if multimodal else "embedding"
    if mode in ("image_generation", "image_edit"):
        return "image"
    if mode == "rerank":
        return "rerank"
    return None


def read_litellm(path: Path, catalog: Catalog, covered: list[str], collected: Collected):
    data = json.loads(path.read_text())
    entries = {k: v for k, v in data.items() if str(v.get("litellm_provider", "")).startswith("bedrock")}
    parsed = []
    for key, entry in sorted(entries.items()):
        found = parse_litellm_key(key)
        kind = model_kind(entry, key)
        if found is None or kind is None:
            collected.skipped["LiteLLM key not read (Claude Platform, guardrails, or no model id)"].append(key)
            continue
        parsed.append((key, entry, kind, *found))
    # The prices a model has per prefix, to tell a bare (unprefixed) global price from a regional one.
    by_model = defaultdict(dict)
    for key, entry, kind, region, prefix, commitment, image, name in parsed:
        if region is None and commitment is None and image is None:
            by_model[strip_version(name)][prefix or "bare"] = entry.get("input_cost_per_token")
    for key, entry, kind, region, prefix, commitment, image, name in parsed:
        model = catalog.identify(name)
        facts = collected.facts.setdefault(model, {"bedrock_id": name, "kind": kind})
        for field, fact in (("max_input_tokens", "context_window"), ("max_output_tokens", "max_output_tokens")):
            if isinstance(entry.get(field), int) and entry[field] > 0:
                facts.setdefault(fact, entry[field])
        if len(name) > len(facts["bedrock_id"]):
            facts["bedrock_id"] = name
        if region == "*":
            collected.skipped["LiteLLM commitment for every region ('*'), not tied to a region"].append(key)
            continue
        scope = "regional"
        if prefix:
            scope = "global" if prefix == "global" else "geo"
            regions = [r for r in regions_for(prefix, covered) if region is None or r == region]
        elif region:
            regions = [region]
        else:
            seen = by_model[strip_version(name)]
            bare = entry.get("input_cost_per_token")
            if bare is not None and "global" in seen and seen["global"] == bare and any(
                p in seen and seen[p] != bare for p in ("us", "eu", "apac")
            ):
                # The unprefixed entry repeats the global price of a model sold through profiles.
                collected.skipped["LiteLLM unprefixed entry equal to the global price"].append(key)
                continue
            regions = catalog.bare_regions(model)
        if commitment:
            per_second = entry.get("input_cost_per_second")
            if per_second is None:
                continue
            term = {"1-month-commitment": "provisioned_1-month", "6-month-commitment": "provisioned_6-month",
                    "no-commitment": "provisioned_none"}[commitment]
            for r in regions:
                collected.put(LITELLM, model, r, scope, term, "model unit-hour", Decimal(repr(per_second)) * 3600)
            continue
        if kind == "image":
            price = entry.get("output_cost_per_image")
            if price is None:
                continue
            rate = "image_to_image" if entry.get("mode") == "image_edit" else "image"
            if image:
                size, steps = image
                if size.startswith("512"):
                    rate = rate.replace("image", "image_512", 1) if rate == "image" else rate + "_512"
                if steps == "max-steps":
                    rate += "_premium"
                if size.startswith("max"):
                    collected.skipped["LiteLLM image size above 1024 pixels"].append(key)
                    continue
            for r in regions:
                collected.put(LITELLM, model, r, scope, rate, "image", Decimal(repr(price)))
            continue
        if kind == "rerank":
            price = entry.get("input_cost_per_query")
            if price:
                for r in regions:
                    collected.put(LITELLM, model, r, scope, "query", "1K queries", Decimal(repr(price)) * 1000)
            continue
        long_thresholds = set()
        for field, value in entry.items():
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                continue
            rate = TOKEN_FIELDS.get(field)
            match = re.fullmatch(r"(.+)_above_(\d+)k_tokens", field)
            if match and match.group(1) in LONG_CONTEXT:
                rate = LONG_CONTEXT[match.group(1)]
                long_thresholds.add(int(match.group(2)) * 1000)
            if rate is None:
                continue
            if kind != "text" and rate != "input" and not rate.startswith("batch_input"):
                continue
            if rate in ("output",) and kind != "text":
                continue
            for r in regions:
                collected.put(LITELLM, model, r, scope, rate, "1M tokens", per_million(value))
        if kind == "multimodal-embedding" and entry.get("input_cost_per_image"):
            for r in regions:
                collected.put(LITELLM, model, r, scope, "image_input", "image",
                              Decimal(repr(entry["input_cost_per_image"])))
        if long_thresholds:
            facts.setdefault("long_context_threshold", min(long_thresholds))


def read_genai_prices(root: Path, catalog: Catalog, covered: list[str], collected: Collected, today: str):
    sys.modules.setdefault("httpx2", types.ModuleType("httpx2"))
    sys.path.insert(0, str(root))
    from genai_prices import data  # noqa: E402
    from genai_prices.types import TieredPrices  # noqa: E402

    import datetime

    day = datetime.date.fromisoformat(today)

    def active(prices):
        if not isinstance(prices, list):
            return prices
        chosen = None
        for conditional in prices:
            start = getattr(conditional.constraint, "start_date", None)
            if start is None or start <= day:
                chosen = conditional.prices
        return chosen

    aws = next(p for p in data.providers if p.id == "aws")
    for info in aws.models:
        name, prefix = info.id, None
        for candidate in PROFILE_PREFIXES + ["regional"]:
            if name.startswith(candidate + ".") and "." in name[len(candidate) + 1 :]:
                prefix, name = candidate, name[len(candidate) + 1 :]
                break
        model = catalog.identify(name)
        facts = collected.facts.setdefault(model, {"bedrock_id": name, "kind": "text"})
        if info.context_window:
            facts.setdefault("context_window", info.context_window)
        if info.name:
            facts.setdefault("name", re.sub(r"\s*\((global|regional|geo)\)$", "", info.name, flags=re.I))
        if prefix in (None, "regional"):
            scope, regions = "regional", catalog.bare_regions(model)
        else:
            scope = "global" if prefix == "global" else "geo"
            regions = regions_for(prefix, covered)
        prices = active(info.prices)
        if prices is None:
            continue
        kind = "embedding" if "embed" in name else "text"
        facts["kind"] = facts.get("kind", kind)

        def put_all(price_object, mapping):
            for field, rate in mapping.items():
                value = getattr(price_object, field, None)
                if value is None:
                    continue
                if isinstance(value, TieredPrices):
                    long_kind = LONG_CONTEXT.get({v: k for k, v in TOKEN_FIELDS.items()}.get(rate, ""), None)
                    if rate in GENAI_BATCH.values():
                        long_kind = rate + "_long_context"
                    if value.tiers and long_kind:
                        facts.setdefault("long_context_threshold", value.tiers[0].start)
                        for r in regions:
                            collected.put(GENAI, model, r, scope, long_kind, "1M tokens", Decimal(value.tiers[0].price))
                    value = value.base
                for r in regions:
                    collected.put(GENAI, model, r, scope, rate, "1M tokens", Decimal(value))

        put_all(prices, GENAI_FIELDS)
        for variant in info.price_variants or []:
            start = getattr(variant.constraint, "start_date", None)
            if start is not None and start > day:
                continue
            when = variant.when
            if when.get("processing") == "batch":
                put_all(variant.prices, {"input_mtok": "batch_input", "output_mtok": "batch_output"})
            elif when.get("service_tier") in GENAI_TIER:
                flex_in, flex_out = GENAI_TIER[when["service_tier"]]
                put_all(variant.prices, {"input_mtok": flex_in, "output_mtok": flex_out})


def merge(catalog: Catalog, collected: Collected, covered: list[str], versions: dict):
    models = {m["id"]: m for m in catalog.bedrock["models"]}
    existing = {}
    for model in catalog.bedrock["models"]:
        for block in model["prices"]:
            for region in block["regions"]:
                for kind, value in block["rates"].items():
                    price = value["price"] if isinstance(value, dict) else value
                    unit = value["unit"] if isinstance(value, dict) else block["unit"]
                    existing[(model["id"], region, block.get("endpoint", "regional"), kind)] = (
                        Decimal(price), unit, block["source"])
    taken = {}
    losing = defaultdict(list)
    for source in (GENAI, LITELLM):
        for (model, region, scope, kind, unit), price in sorted(collected.rates[source].items()):
            slot = (model, region, scope, kind)
            if slot in existing:
                old, old_unit, old_source = existing[slot]
                scale = {"1K tokens": 1000, "1M tokens": 1, "token": 1_000_000}
                comparable = old * scale.get(old_unit, 1) if unit == "1M tokens" else old
                if comparable != price:
                    losing[model].append(f"{versions[source]} {kind} {decimal_text(price)} per {unit} in {region} "
                                         f"{scope} (kept {decimal_text(old)} per {old_unit}, source {old_source})")
                continue
            if slot in taken:
                if taken[slot] != price:
                    losing[model].append(f"{versions[source]} {kind} {decimal_text(price)} per {unit} in {region} "
                                         f"{scope} (kept {decimal_text(taken[slot])} from {versions[GENAI]})")
                continue
            taken[slot] = price
            collected.rates[source + "-kept"][(model, region, scope, kind, unit)] = price

    added = []
    for model_id, facts in sorted(collected.facts.items()):
        if model_id in models:
            continue
        has_price = any(k[0] == model_id for s in (GENAI, LITELLM) for k in collected.rates.get(s + "-kept", {}))
        if not has_price:
            collected.skipped["model with no price kept"].append(model_id)
            continue
        provider_key = model_id.split(".")[0]
        provider = PROVIDERS.get(provider_key, provider_key.capitalize())
        kind = facts["kind"]
        architecture = {"text": "decoder-only", "embedding": "embedding", "multimodal-embedding": "embedding",
                        "image": "diffusion", "rerank": "encoder-only"}[kind]
        name = facts.get("name") or display_name(model_id, provider)
        model = {
            "id": model_id, "name": name, "provider": provider, "kind": kind, "architecture": architecture,
        }
        if facts.get("context_window"):
            model["context_window"] = facts["context_window"]
        if kind == "text" and facts.get("max_output_tokens"):
            model["max_output_tokens"] = facts["max_output_tokens"]
        if facts.get("long_context_threshold"):
            model["long_context_threshold"] = facts["long_context_threshold"]
        source = GENAI if any(k[0] == model_id for k in collected.rates.get(GENAI + "-kept", {})) else LITELLM
        model["facts_source"] = source
        aliases = sorted({facts["bedrock_id"], strip_version(facts["bedrock_id"])} - {model_id})
        model["aliases"] = aliases
        model["prices"] = []
        models[model_id] = model
        catalog.bedrock["models"].append(model)
        spellings = [name]
        if not name.lower().startswith(provider.split()[0].lower()):
            spellings.append(f"{provider.split()[0]} {name}")  # the Marketplace's "Writer Palmyra X5"
        catalog.names["names"].setdefault(model_id, spellings)
        added.append(model_id)
    for model_id, model in models.items():
        facts = collected.facts.get(model_id, {})
        if "long_context_threshold" not in model and facts.get("long_context_threshold") not in (None, 200_000):
            model["long_context_threshold"] = facts["long_context_threshold"]
    # Blocks: one per (model, source, scope, unit) and set of regions with the same rates.
    for source in (GENAI, LITELLM):
        grouped = defaultdict(lambda: defaultdict(dict))
        for (model, region, scope, kind, unit), price in collected.rates.get(source + "-kept", {}).items():
            grouped[(model, scope, unit)][region][kind] = decimal_text(price)
        for (model, scope, unit), per_region in sorted(grouped.items()):
            if model not in models:
                continue
            by_rates = defaultdict(list)
            for region, rates in per_region.items():
                by_rates[json.dumps(rates, sort_keys=True)].append(region)
            for rates, regions in sorted(by_rates.items(), key=lambda item: sorted(item[1])):
                block = {"regions": sorted(regions, key=covered.index)}
                if scope != "regional":
                    block["endpoint"] = scope
                block.update({"unit": unit, "source": source, "rates": json.loads(rates)})
                models[model]["prices"].append(block)
    for model_id, lines in losing.items():
        if model_id not in models:
            continue
        model = models[model_id]
        note = model.get("note", "")
        model["note"] = (note + " " if note else "") + "Not used (lower precedence): " + "; ".join(sorted(set(lines)))
    return added


def names_text(original: str, names: dict) -> str:
    """The name table with its `names` section rewritten, one line per model as it is kept by hand."""
    begin = original.index('  "names": {')
    end = original.index("\n  },", begin)
    items = list(names["names"].items())
    lines = ['  "names": {']
    for index, (name, spellings) in enumerate(items):
        tail = "," if index < len(items) - 1 else ""
        lines.append(f"    {json.dumps(name)}: {json.dumps(spellings, ensure_ascii=False)}{tail}")
    return original[:begin] + "\n".join(lines) + original[end:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--litellm", type=Path, required=True)
    parser.add_argument("--genai-prices", type=Path, required=True, help="directory holding genai_prices/")
    parser.add_argument("--pricing", type=Path, default=Path(__file__).resolve().parent.parent / "Pricing")
    parser.add_argument("--litellm-version", default="1.110.2")
    parser.add_argument("--genai-prices-version", default="0.2.3")
    parser.add_argument("--read-on", required=True, help="the day the packages were read, YYYY-MM-DD")
    args = parser.parse_args()

    catalog = Catalog(args.pricing)
    versions = {LITELLM: f"LiteLLM {args.litellm_version}", GENAI: f"genai-prices {args.genai_prices_version}"}
    data = json.loads(args.litellm.read_text())
    regions = {"us-east-1", "us-west-2"}
    for key, entry in data.items():
        if str(entry.get("litellm_provider", "")).startswith("bedrock"):
            regions.update(part for part in key.split("/") if REGION.match(part))
    order = ["us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1", "eu-central-1",
             "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-north-1", "ap-northeast-1", "ap-south-1",
             "ap-southeast-2", "ap-southeast-3", "us-gov-east-1", "us-gov-west-1"]
    covered = [r for r in order if r in regions] + sorted(regions - set(order))
    for region in catalog.manifest["regions"]:
        if region not in covered:
            covered.append(region)
    collected = Collected()
    read_genai_prices(args.genai_prices, catalog, covered, collected, args.read_on)
    read_litellm(args.litellm, catalog, covered, collected)
    added = merge(catalog, collected, covered, versions)

    catalog.manifest["regions"] = sorted(set(catalog.manifest["regions"]) | set(covered), key=covered.index)
    sources = catalog.manifest["sources"]
    sources[LITELLM] = {
        "title": f"LiteLLM {args.litellm_version} (PyPI package litellm, MIT), model_prices_and_context_window_backup.json: "
        "Bedrock prices per token, image and query, context windows and output limits; read "
        f"{args.read_on}",
        "url": "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json",
        "date": args.read_on,
        "kind": "community",
    }
    sources[GENAI] = {
        "title": f"pydantic genai-prices {args.genai_prices_version} (PyPI package genai-prices, MIT), provider 'aws': "
        f"Bedrock prices per 1M tokens, each citing the AWS page or Price List record it was read from; read {args.read_on}",
        "url": "https://github.com/pydantic/genai-prices/blob/main/prices/providers/aws.yml",
        "date": args.read_on,
        "kind": "community",
    }
    (args.pricing / "manifest.json").write_text(json.dumps(catalog.manifest, indent=2, ensure_ascii=False) + "\n")
    (args.pricing / "bedrock.json").write_text(json.dumps(catalog.bedrock, indent=2, ensure_ascii=False) + "\n")
    (args.pricing / "price-list-names.json").write_text(
        names_text((args.pricing / "price-list-names.json").read_text(), catalog.names))
    for reason, keys in sorted(collected.skipped.items()):
        print(f"skipped {len(keys)}: {reason}", file=sys.stderr)
    print(f"added {len(added)} models; {len(covered)} regions", file=sys.stderr)


if __name__ == "__main__":
    main()
