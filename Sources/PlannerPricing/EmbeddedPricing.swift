// swift-format-ignore-file
// GENERATED from Pricing/ by `swift run genai-plan-embed-pricing`.
// Do not edit: edit Pricing/*.json and regenerate. CI fails when this file and Pricing/ differ.

/// The text of each file of the bundled pricing snapshot, so the binary works offline from any directory.
enum EmbeddedPricing {
    static let files: [String: String] = [
        "manifest.json": #"""
            {
              "schema_version": 1,
              "snapshot": "bundled-2026-12-02",
              "date": "2026-12-02",
              "currency": "USD",
              "regions": [
                "us-east-1",
                "us-east-2",
                "us-west-1",
                "us-west-2",
                "ca-central-1",
                "sa-east-1",
                "eu-central-1",
                "eu-west-1",
                "eu-west-2",
                "eu-west-3",
                "eu-south-1",
                "eu-north-1",
                "ap-northeast-1",
                "ap-south-1",
                "ap-southeast-2",
                "ap-southeast-3",
                "us-gov-east-1",
                "us-gov-west-1",
                "af-south-1",
                "ap-east-1",
                "ap-northeast-2",
                "ap-northeast-3",
                "ap-southeast-1",
                "eu-south-2",
                "il-central-1",
                "me-central-1",
                "me-south-1"
              ],
              "notes": "Hand-assembled from the AWS pricing pages, AWS Price List offer files and the copies named in each source; every price names its source. Refresh with `genai-plan pricing refresh` once available.",
              "sources": {
                "P": {
                  "title": "Amazon Bedrock pricing page (Korean copy of https://aws.amazon.com/bedrock/pricing/, crawled about 2025-03; sungminna/GapS:crawl/aws_pricing_data_titan.md and aws_pricing_data_stability.md)",
                  "url": "https://aws.amazon.com/bedrock/pricing/",
                  "date": "2025-03"
                },
                "C": {
                  "title": "convo-lang copy of the Bedrock pricing page (convo-lang/convo-lang:packages/convo-lang-bedrock/bedrock-pricing.md)",
                  "url": "https://github.com/convo-lang/convo-lang/blob/main/packages/convo-lang-bedrock/bedrock-pricing.md",
                  "date": "2025-07-20",
                  "kind": "community"
                },
                "G": {
                  "title": "pydantic/genai-prices AWS Bedrock prices (prices/providers/aws.yml), per 1M tokens",
                  "url": "https://github.com/pydantic/genai-prices/blob/main/prices/providers/aws.yml",
                  "date": "2026-06-11",
                  "kind": "community"
                },
                "J": {
                  "title": "AWS Bedrock pricing blog post, early 2024 (becloudready/beautiful-jekyll:_posts/2024-03-13-aws-bedrock-pricing.md); provisioned throughput per model unit-hour",
                  "url": "https://github.com/becloudready/beautiful-jekyll/blob/master/_posts/2024-03-13-aws-bedrock-pricing.md",
                  "date": "2024-03-13"
                },
                "FM": {
                  "title": "AWS Price List, offer AmazonBedrockFoundationModels, us-east-1 (usage types InputTokenCount, OutputTokenCount, Cache*, *_Batch, Reserved_*TPM_*; _Global variants), read by third-party code",
                  "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonBedrockFoundationModels/current/us-east-1/index.json",
                  "date": "2026-09-14"
                },
                "GEO": {
                  "title": "Derived: Claude 4.5+ regional (Geo) endpoints cost 10% more than global (pydantic/genai-prices; clauder-navi.com; matches the AmazonBedrockFoundationModels offer for Claude Sonnet 4.6); cache prices for the regional endpoint computed as 1.1 x global",
                  "url": "https://github.com/pydantic/genai-prices/blob/main/prices/providers/aws.yml",
                  "date": "2026-06-11",
                  "kind": "derived"
                },
                "NOVA-FT": {
                  "title": "AWS Machine Learning blog: customizing Amazon Nova Micro ($0.001 per 1K training tokens x epochs, $1.95 per custom model per month)",
                  "url": "https://aws.amazon.com/blogs/machine-learning/",
                  "date": "2026"
                },
                "TITAN-FT": {
                  "title": "Third-party notes on Titan Text Lite customization (0.0004 per 1K training tokens, $1.95 storage); not seen on an AWS page",
                  "url": "https://aws.amazon.com/bedrock/pricing/",
                  "date": "2025",
                  "kind": "community"
                },
                "LIMITS": {
                  "title": "Model context windows and output limits from the providers' model cards and the Bedrock user guide's inference parameters pages; not re-checked against a copy here (unverified)",
                  "url": "https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html",
                  "date": "2026-11-29"
                },
                "S1": {
                  "title": "SageMaker on-demand ML instance prices, us-east-1, read from a third-party snapshot of the Price List (Hosting and Training identical for GPU types, per S2)",
                  "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonSageMaker/current/us-east-1/index.json",
                  "date": "2026-09-27"
                },
                "S2": {
                  "title": "AWS Price List, AmazonSageMaker, us-east-1: Train:ml.g5.2xlarge SKU and Host SKUs (Training and Hosting identical for GPU instances)",
                  "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonSageMaker/current/us-east-1/index.json",
                  "date": "2026-08-20"
                },
                "S4": {
                  "title": "SageMaker training and batch-transform rates, us-west-2, from a third-party snapshot of the Price List",
                  "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonSageMaker/current/us-west-2/index.json",
                  "date": "2026-09"
                },
                "W2": {
                  "title": "Derived: us-west-2 SageMaker rate taken equal to us-east-1 (S1), because every us-west-2 rate in S4 equals its us-east-1 rate; replace with `genai-plan pricing refresh`",
                  "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonSageMaker/current/us-west-2/index.json",
                  "date": "2026-11-29",
                  "kind": "derived"
                },
                "TIERS": {
                  "title": "Bedrock service tiers observed in the AmazonBedrock offer for Nova 2.0 Lite, us-east-1 (third-party capture of the live Price List; flex 0.5x and priority 1.75x on-demand input, per 1M)",
                  "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonBedrock/current/us-east-1/index.json",
                  "date": "2026-06-20"
                },
                "HW": {
                  "title": "Accelerator counts, memory, bandwidth and dense bf16 peaks: vantage-sh/ec2instances.info:scraper/aws/ec2/gpu_data.go, cli99/llm-analysis gpu configs, stas00/ml-engineering accelerator README",
                  "url": "https://github.com/vantage-sh/ec2instances.info/blob/master/scraper/aws/ec2/gpu_data.go",
                  "date": "2026-11-09"
                },
                "NEURON": {
                  "title": "AWS Neuron documentation: Inferentia2 and Trainium chips (32 GiB HBM, 820 GiB/s, 190 TFLOPS bf16 per chip)",
                  "url": "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia2.html",
                  "date": "2026-11-09"
                },
                "LLAMA": {
                  "title": "meta-llama/llama-models: models/sku_list.py and MODEL_CARD.md files; HF config copies in mlc-ai/mlc-llm model_preset.py",
                  "url": "https://github.com/meta-llama/llama-models/blob/main/models/sku_list.py",
                  "date": "2025-02-12"
                },
                "JSTAB": {
                  "title": "SageMaker Python SDK JumpStart model table (doc/doc_utils/pretrainedmodels.rst): model ids and fine-tunable flags",
                  "url": "https://github.com/aws/sagemaker-python-sdk/blob/master/doc/doc_utils/pretrainedmodels.rst",
                  "date": "2025-06-23"
                },
                "JSFIX": {
                  "title": "JumpStart spec copies in sagemaker-python-sdk tests/unit/sagemaker/jumpstart/constants.py (default inference instance types)",
                  "url": "https://github.com/aws/sagemaker-python-sdk/blob/master/tests/unit/sagemaker/jumpstart/constants.py",
                  "date": "2025-03-24"
                },
                "NB-L3": {
                  "title": "aws/amazon-sagemaker-examples: sm-jumpstart_foundation_llama_3_text_completion.ipynb (Default Instance Type table)",
                  "url": "https://github.com/aws/amazon-sagemaker-examples/blob/main/generative_ai/sm-jumpstart_foundation_llama_3_text_completion.ipynb",
                  "date": "2025"
                },
                "JSSPEC": {
                  "title": "JumpStart spec meta-textgeneration-llama-3-1-70b v2.16.2 (sagemaker-python-sdk test data)",
                  "url": "https://github.com/aws/sagemaker-python-sdk",
                  "date": "2025"
                },
                "NB-405": {
                  "title": "aws/amazon-sagemaker-examples: sm-jumpstart_foundation_llama_3_1_405b_finetuning.ipynb (\"requires single ml.p5.48xlarge\")",
                  "url": "https://github.com/aws/amazon-sagemaker-examples",
                  "date": "2025"
                },
                "DJL": {
                  "title": "DJL LMI instance-type selection guide and aws-samples/serverless-rag-demo deployment script (default instances for Falcon)",
                  "url": "https://docs.djl.ai/docs/serving/serving/docs/lmi/deployment_guide/instance-type-selection.html",
                  "date": "2025"
                },
                "NB-FLAN": {
                  "title": "aws/amazon-sagemaker-examples: text2text-generation-flan-t5-ul2.ipynb (per-model inference instance map)",
                  "url": "https://github.com/aws/amazon-sagemaker-examples",
                  "date": "2023-05-01"
                },
                "ARCH": {
                  "title": "Official configs and READMEs: google-research/bert, FacebookAI/roberta, distilbert, google-research/text-to-text-transfer-transformer (T5, Flan-T5), facebookresearch/fairseq (BART), Mistral and Mixtral configs, tiiuae Falcon configs, google/gemma_pytorch, Qwen2.5 configs",
                  "url": "https://huggingface.co/models",
                  "date": "2025"
                },
                "SDXL": {
                  "title": "Stable Diffusion XL 1.0 architecture summary (base 3.5B parameters)",
                  "url": "https://forgranted.info/stable-diffusion-xl",
                  "date": "2025"
                },
                "HF-BENCH": {
                  "title": "Hugging Face blog: Llama 2 on Amazon SageMaker benchmark (TGI 1.0.3), huggingface/blog:llama-sagemaker-benchmark.md",
                  "url": "https://github.com/huggingface/blog/blob/main/llama-sagemaker-benchmark.md",
                  "date": "2023"
                },
                "GR-SNAP": {
                  "title": "Amazon Bedrock service quotas: default on-demand and cross-Region tokens per minute per model (AWS General Reference table, as captured 2025-06-05; input + output tokens; Claude Sonnet 4 and Opus 4 burn 5 quota tokens per output token)",
                  "url": "https://docs.aws.amazon.com/general/latest/gr/bedrock.html",
                  "date": "2025-06-05"
                },
                "LITELLM": {
                  "title": "LiteLLM 1.110.2 (PyPI package litellm, MIT), model_prices_and_context_window_backup.json: Bedrock prices per token, image and query, context windows and output limits; read 2026-12-02",
                  "url": "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json",
                  "date": "2026-12-02",
                  "kind": "community"
                },
                "GENAI-PRICES": {
                  "title": "pydantic genai-prices 0.2.3 (PyPI package genai-prices, MIT), provider 'aws': Bedrock prices per 1M tokens, each citing the AWS page or Price List record it was read from; read 2026-12-02",
                  "url": "https://github.com/pydantic/genai-prices/blob/main/prices/providers/aws.yml",
                  "date": "2026-12-02",
                  "kind": "community"
                },
                "SM-NB": {
                  "title": "AWS pricing-page data file for the SageMaker Studio-notebook component (b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/sagemaker/USD/current/sagemaker-instances-studionotebook.json, as saved by v0rts/aws-price-watcher raw/sagemaker-instances-studionotebook.json at c4a0470), taken for hosting and training: the notebook price equals the Hosting and Training prices to within $0.01 at all 13 points checked in us-east-1, eu-west-1 and ap-south-1",
                  "url": "https://github.com/v0rts/aws-price-watcher/blob/c4a0470f63402104fb3793bb114a39e488eb04ec/raw/sagemaker-instances-studionotebook.json",
                  "date": "2025-12-05",
                  "kind": "proxy"
                },
                "SM-EC2": {
                  "title": "Derived: the region's EC2 Linux on-demand price (AWS pricing-page data, v0rts/aws-price-watcher processed/ec2.json at c4a0470) × the SageMaker/EC2 multiplier of the size read in us-east-1 (×1.40 for g4dn/g5/g6/g6e .xlarge, ×1.25 other g sizes, ×1.20 c5/c6i/c7i/m5/m6i/m7i and inf2.8x/24x/48xlarge, ×1.3057 inf2.xlarge, ×1.15 p4d/p4de/p5/trn1); the multiplier holds to a median 0.01% over 1,057 region-instance pairs with a notebook price. Not a published price, and not proof that SageMaker sells the type in the region",
                  "url": "https://github.com/v0rts/aws-price-watcher/blob/c4a0470f63402104fb3793bb114a39e488eb04ec/processed/ec2.json",
                  "date": "2025-12-05",
                  "kind": "derived"
                },
                "SM-BILL": {
                  "title": "Real AWS bill line items for SageMaker in EU (Ireland), e.g. \"$1.678 per Hosting ml.g4dn.4xlarge hour in EU (Ireland)\" (aws-samples/sagemaker-ssh-helper Sample_Costs.md at b6bf9ba)",
                  "url": "https://github.com/aws-samples/sagemaker-ssh-helper/blob/b6bf9ba39119784eb6ce6683ae9a6a2ed8ef4cd3/Sample_Costs.md",
                  "date": "2023-12"
                },
                "SM-APS1": {
                  "title": "AmazonSageMaker bulk price file for us-east-1 and ap-south-1, per component (Train, Processing, notebooks), as parsed in a public research note",
                  "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonSageMaker/current/ap-south-1/index.json",
                  "date": "2026-09-24"
                },
                "SM-JPRAG": {
                  "title": "aws-samples/jp-rag-sample issue #15: Oregon ml.g5.2xlarge is 1.515 USD an hour",
                  "url": "https://github.com/aws-samples/jp-rag-sample/issues/15",
                  "date": "2023-10-08"
                },
                "SM-G6USE2": {
                  "title": "Verbatim `aws pricing get-products` output: \"USE2-Host:ml.g6.xlarge 1.1267000000 Hrs\" (article naming github.com/xbill9/sagemaker-gemma)",
                  "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonSageMaker/current/us-east-2/index.json",
                  "date": "2026-09-25"
                },
                "SM-APN1": {
                  "title": "Price List usage types quoted in a public cost model: APN1-AsyncInf:ml.g6.xlarge 1.6341, APN1-Train:ml.g6.xlarge 1.634",
                  "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonSageMaker/current/ap-northeast-1/index.json",
                  "date": "2026-09-23"
                },
                "SM-P5EN": {
                  "title": "Price List, AmazonSageMaker, instanceName ml.p5en.48xlarge, usagetype USE2-Host:ml.p5en.48xlarge, $72.795 an hour, as quoted in a public benchmark note",
                  "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonSageMaker/current/us-east-2/index.json",
                  "date": "2026-10-03"
                },
                "CPU-HW": {
                  "title": "CPU instances served as one 'accelerator': memory = the instance's RAM; bandwidth = its share of the socket's DRAM bandwidth (DDR4-2933 6-channel Skylake/Cascade Lake ≈ 1.5 GB/s, DDR4-3200 8-channel Ice Lake ≈ 1.6 GB/s, DDR5-4800 8-channel Sapphire Rapids ≈ 3.2 GB/s per vCPU); peak = vCPUs × 32 fp32 FLOPs a cycle (2 AVX-512 FMA units, 2 vCPUs a core) × the AVX-512 all-core clock (2.5 GHz c5/m5, 3.0 GHz the others); AMX not counted. Estimates from Intel's published specifications and the EC2 instance-type pages",
                  "url": "https://aws.amazon.com/ec2/instance-types/",
                  "date": "2026-12-02",
                  "kind": "derived"
                }
              }
            }
            """# + "\n",
        "bedrock.json": #"""
            {
              "schema_version": 1,
              "models": [
                {
                  "id": "anthropic.claude-instant-v1",
                  "name": "Claude Instant",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 100000,
                  "max_output_tokens": 4096,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-instant"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 1000000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0008",
                        "output": "0.0024"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "P",
                      "rates": {
                        "provisioned_none": "44.00",
                        "provisioned_1-month": "39.60",
                        "provisioned_6-month": "22.00"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "2.23",
                        "output": "7.55"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "2.48",
                        "output": "8.38"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "model unit-hour",
                      "source": "LITELLM",
                      "rates": {
                        "provisioned_1-month": "53.1",
                        "provisioned_6-month": "29.4984"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "model unit-hour",
                      "source": "LITELLM",
                      "rates": {
                        "provisioned_1-month": "58.86",
                        "provisioned_6-month": "32.6988"
                      }
                    }
                  ],
                  "note": "Not used (lower precedence): LiteLLM 1.110.2 provisioned_6-month 21.996 per model unit-hour in us-east-1 regional (kept 22 per model unit-hour, source P); LiteLLM 1.110.2 provisioned_6-month 21.996 per model unit-hour in us-west-2 regional (kept 22 per model unit-hour, source P)"
                },
                {
                  "id": "anthropic.claude-v2",
                  "name": "Claude 2.0",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 100000,
                  "max_output_tokens": 4096,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-2",
                    "claude-v2",
                    "claude 2"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 500000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.008",
                        "output": "0.024"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "P",
                      "rates": {
                        "provisioned_none": "70.00",
                        "provisioned_1-month": "63.00",
                        "provisioned_6-month": "35.00"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-v2-1",
                  "name": "Claude 2.1",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 4096,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-2.1",
                    "anthropic.claude-v2:1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 500000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.008",
                        "output": "0.024"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "P",
                      "rates": {
                        "provisioned_none": "70.00",
                        "provisioned_1-month": "63.00",
                        "provisioned_6-month": "35.00"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1",
                        "ap-northeast-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "8",
                        "output": "24"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "model unit-hour",
                      "source": "LITELLM",
                      "rates": {
                        "provisioned_1-month": "163.8",
                        "provisioned_6-month": "90.972"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "model unit-hour",
                      "source": "LITELLM",
                      "rates": {
                        "provisioned_1-month": "149.4",
                        "provisioned_6-month": "82.98"
                      }
                    }
                  ],
                  "note": "Not used (lower precedence): LiteLLM 1.110.2 provisioned_6-month 34.992 per model unit-hour in us-east-1 regional (kept 35 per model unit-hour, source P); LiteLLM 1.110.2 provisioned_6-month 34.992 per model unit-hour in us-west-2 regional (kept 35 per model unit-hour, source P)"
                },
                {
                  "id": "anthropic.claude-3-haiku",
                  "name": "Claude 3 Haiku",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 4096,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-3-haiku",
                    "anthropic.claude-3-haiku-20240307"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 2000000,
                      "cross_region_tokens_per_minute": 4000000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.00025",
                        "output": "0.00125",
                        "batch_input": "0.000125",
                        "batch_output": "0.000625"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.3",
                        "output": "1.5"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-3-sonnet",
                  "name": "Claude 3 Sonnet",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 4096,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-3-sonnet",
                    "anthropic.claude-3-sonnet-20240229"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 1000000,
                      "cross_region_tokens_per_minute": 2000000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.003",
                        "output": "0.015",
                        "batch_input": "0.0015",
                        "batch_output": "0.0075"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.3",
                        "cache_write": "3.75"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-3-opus",
                  "name": "Claude 3 Opus",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 4096,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-3-opus",
                    "anthropic.claude-3-opus-20240229"
                  ],
                  "note": "us-west-2 only",
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 400000,
                      "cross_region_tokens_per_minute": 800000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.015",
                        "output": "0.075",
                        "batch_input": "0.0075",
                        "batch_output": "0.0375"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "1.5",
                        "cache_write": "18.75",
                        "input": "15",
                        "output": "75"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "1.5",
                        "cache_write": "18.75"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-3-5-haiku",
                  "name": "Claude 3.5 Haiku",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 8192,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-3.5-haiku",
                    "claude-3-5-haiku",
                    "anthropic.claude-3-5-haiku-20241022"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 2000000,
                      "cross_region_tokens_per_minute": 4000000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0008",
                        "output": "0.004",
                        "batch_input": "0.0005",
                        "batch_output": "0.0025",
                        "cache_read": "0.00008",
                        "cache_write": "0.001"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.08",
                        "cache_write": "1",
                        "input": "0.8",
                        "output": "4"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-3-5-sonnet",
                  "name": "Claude 3.5 Sonnet",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 8192,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-3.5-sonnet",
                    "claude-3-5-sonnet",
                    "anthropic.claude-3-5-sonnet-20240620",
                    "anthropic.claude-3-5-sonnet-20241022",
                    "anthropic.claude-3-5-sonnet-v2"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "tokens_per_minute": 400000,
                      "cross_region_tokens_per_minute": 800000,
                      "source": "GR-SNAP"
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "tokens_per_minute": 2000000,
                      "cross_region_tokens_per_minute": 4000000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.003",
                        "output": "0.015",
                        "batch_input": "0.0015",
                        "batch_output": "0.0075",
                        "cache_read": "0.0003",
                        "cache_write": "0.00375"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.3",
                        "cache_write": "3.75",
                        "input": "3",
                        "output": "15"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "1.8",
                        "batch_output": "9",
                        "input": "3.6",
                        "output": "18"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-3-7-sonnet",
                  "name": "Claude 3.7 Sonnet",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 64000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-3.7-sonnet",
                    "claude-3-7-sonnet",
                    "anthropic.claude-3-7-sonnet-20250219"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "cross_region_tokens_per_minute": 1000000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.003",
                        "output": "0.015",
                        "cache_read": "0.0003",
                        "cache_write": "0.00375"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.3",
                        "cache_write": "3.75",
                        "input": "3",
                        "output": "15"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.36",
                        "cache_write": "4.5",
                        "input": "3.6",
                        "output": "18"
                      }
                    }
                  ],
                  "note": "Not used (lower precedence): LiteLLM 1.110.2 cache_read 0.36 per 1M tokens in us-east-1 regional (kept 0.0003 per 1K tokens, source C); LiteLLM 1.110.2 cache_read 0.36 per 1M tokens in us-west-2 regional (kept 0.0003 per 1K tokens, source C); LiteLLM 1.110.2 cache_write 4.5 per 1M tokens in us-east-1 regional (kept 0.00375 per 1K tokens, source C); LiteLLM 1.110.2 cache_write 4.5 per 1M tokens in us-west-2 regional (kept 0.00375 per 1K tokens, source C); LiteLLM 1.110.2 input 3.6 per 1M tokens in us-east-1 regional (kept 0.003 per 1K tokens, source C); LiteLLM 1.110.2 input 3.6 per 1M tokens in us-west-2 regional (kept 0.003 per 1K tokens, source C); LiteLLM 1.110.2 output 18 per 1M tokens in us-east-1 regional (kept 0.015 per 1K tokens, source C); LiteLLM 1.110.2 output 18 per 1M tokens in us-west-2 regional (kept 0.015 per 1K tokens, source C)"
                },
                {
                  "id": "anthropic.claude-sonnet-4",
                  "name": "Claude Sonnet 4",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 64000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-sonnet-4",
                    "claude-4-sonnet",
                    "anthropic.claude-sonnet-4-20250514"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "cross_region_tokens_per_minute": 200000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "quota_output_burndown": 5,
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.003",
                        "output": "0.015",
                        "cache_read": "0.0003",
                        "cache_write": "0.00375"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.3",
                        "cache_write": "3.75",
                        "input": "3",
                        "output": "15"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.3",
                        "cache_read_long_context": "0.6",
                        "cache_write": "3.75",
                        "cache_write_long_context": "7.5",
                        "input": "3",
                        "input_long_context": "6",
                        "output": "15",
                        "output_long_context": "22.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read_long_context": "0.6",
                        "cache_write_long_context": "7.5",
                        "input_long_context": "6",
                        "output_long_context": "22.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read_long_context": "0.6",
                        "cache_write_long_context": "7.5",
                        "input_long_context": "6",
                        "output_long_context": "22.5"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-opus-4",
                  "name": "Claude Opus 4",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 32000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-opus-4",
                    "claude-4-opus",
                    "anthropic.claude-opus-4-20250514"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "cross_region_tokens_per_minute": 200000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "quota_output_burndown": 5,
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.015",
                        "output": "0.075",
                        "cache_read": "0.0015",
                        "cache_write": "0.01875"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "1.5",
                        "cache_write": "18.75",
                        "input": "15",
                        "output": "75"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-opus-4-1",
                  "name": "Claude Opus 4.1",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 32000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-opus-4.1",
                    "claude-opus-4-1",
                    "anthropic.claude-opus-4-1-20250805"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.015",
                        "output": "0.075",
                        "cache_read": "0.0015",
                        "cache_write": "0.01875"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "1.5",
                        "cache_write": "18.75",
                        "input": "15",
                        "output": "75"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-sonnet-4-5",
                  "name": "Claude Sonnet 4.5",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 64000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-sonnet-4.5",
                    "claude-sonnet-4-5",
                    "anthropic.claude-sonnet-4-5-20250929"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.0033",
                        "output": "0.0165"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "GEO",
                      "rates": {
                        "cache_read": "0.00033",
                        "cache_write": "0.004125"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "endpoint": "global",
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.003",
                        "output": "0.015",
                        "cache_read": "0.0003",
                        "cache_write": "0.00375"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-1",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.3",
                        "cache_write": "3.75",
                        "cache_write_1h": "6",
                        "input": "3",
                        "output": "15"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_write_1h": "6"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_write_1h": "6.6"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-southeast-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "1.65",
                        "batch_output": "8.25",
                        "cache_read": "0.33",
                        "cache_read_long_context": "0.66",
                        "cache_write": "4.125",
                        "cache_write_1h": "6.6",
                        "cache_write_1h_long_context": "13.2",
                        "cache_write_long_context": "8.25",
                        "input": "3.3",
                        "input_long_context": "6.6",
                        "output": "16.5",
                        "output_long_context": "24.75"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.36",
                        "cache_read_long_context": "0.72",
                        "cache_write": "4.5",
                        "cache_write_1h": "7.2",
                        "cache_write_1h_long_context": "14.4",
                        "cache_write_long_context": "9",
                        "input": "3.6",
                        "input_long_context": "7.2",
                        "output": "18",
                        "output_long_context": "27"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "1.5",
                        "batch_output": "7.5",
                        "cache_read_long_context": "0.6",
                        "cache_write_1h_long_context": "12",
                        "cache_write_long_context": "7.5",
                        "input_long_context": "6",
                        "output_long_context": "22.5"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.36",
                        "cache_write": "4.5",
                        "cache_write_1h": "7.2",
                        "input": "3.6",
                        "output": "18"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-haiku-4-5",
                  "name": "Claude Haiku 4.5",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 64000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-haiku-4.5",
                    "claude-haiku-4-5",
                    "anthropic.claude-haiku-4-5-20251001"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.0011",
                        "output": "0.0055"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "GEO",
                      "rates": {
                        "cache_read": "0.00011",
                        "cache_write": "0.001375"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "endpoint": "global",
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.001",
                        "output": "0.005",
                        "cache_read": "0.0001",
                        "cache_write": "0.00125"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-1",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.1",
                        "cache_write": "1.25",
                        "cache_write_1h": "2",
                        "input": "1",
                        "output": "5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_write_1h": "2"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_write_1h": "2.2"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-southeast-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.55",
                        "batch_output": "2.75",
                        "cache_read": "0.11",
                        "cache_write": "1.375",
                        "cache_write_1h": "2.2",
                        "input": "1.1",
                        "output": "5.5"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.55",
                        "batch_output": "2.75",
                        "cache_read": "0.11",
                        "cache_write": "1.375",
                        "input": "1.1",
                        "output": "5.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.5",
                        "batch_output": "2.5"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.12",
                        "cache_write": "1.5",
                        "cache_write_1h": "2.4",
                        "input": "1.2",
                        "output": "6"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-opus-4-5",
                  "name": "Claude Opus 4.5",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 64000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-opus-4.5",
                    "claude-opus-4-5",
                    "anthropic.claude-opus-4-5-20251101"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.0055",
                        "output": "0.0275"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "GEO",
                      "rates": {
                        "cache_read": "0.00055",
                        "cache_write": "0.006875"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "endpoint": "global",
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.005",
                        "output": "0.025",
                        "cache_read": "0.0005",
                        "cache_write": "0.00625"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-1",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.5",
                        "cache_write": "6.25",
                        "cache_write_1h": "10",
                        "input": "5",
                        "output": "25"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_write_1h": "10"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_write_1h": "11"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.55",
                        "cache_write": "6.875",
                        "cache_write_1h": "11",
                        "input": "5.5",
                        "output": "27.5"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-sonnet-4-6",
                  "name": "Claude Sonnet 4.6",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 64000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-sonnet-4.6",
                    "claude-sonnet-4-6"
                  ],
                  "note": "AmazonBedrockFoundationModels prices, quoted per 1M tokens",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "FM",
                      "rates": {
                        "input": "3.30",
                        "output": "16.50",
                        "batch_input": "1.65",
                        "batch_output": "8.25",
                        "cache_read": "0.33",
                        "cache_write": "4.125"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "FM",
                      "rates": {
                        "input": "3.00",
                        "output": "15.00",
                        "batch_input": "1.50",
                        "batch_output": "7.50",
                        "cache_read": "0.30",
                        "cache_write": "3.75"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1K TPM-hour",
                      "source": "FM",
                      "note": "Reserved tier, usage types Reserved_{1Month,3Month}_{Input,Output}TPM_Geo, per hour per 1K tokens a minute (the Price List's description calls the Geo rate Regional)",
                      "rates": {
                        "reserved_input_1-month": "0.198",
                        "reserved_output_1-month": "0.99",
                        "reserved_input_3-month": "0.1782",
                        "reserved_output_3-month": "0.891"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "endpoint": "global",
                      "unit": "1K TPM-hour",
                      "source": "FM",
                      "note": "Reserved tier, usage types Reserved_{1Month,3Month}_{Input,Output}TPM_Global",
                      "rates": {
                        "reserved_input_1-month": "0.18",
                        "reserved_output_1-month": "0.90",
                        "reserved_input_3-month": "0.162",
                        "reserved_output_3-month": "0.81"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-1",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.3",
                        "cache_write": "3.75",
                        "cache_write_1h": "6",
                        "input": "3",
                        "output": "15"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_write_1h": "6"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_write_1h": "6.6"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.33",
                        "cache_write": "4.125",
                        "cache_write_1h": "6.6",
                        "input": "3.3",
                        "output": "16.5"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-opus-4-6",
                  "name": "Claude Opus 4.6",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 64000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "claude-opus-4.6",
                    "claude-opus-4-6"
                  ],
                  "note": "genai-prices lists Opus 4.6 at Opus 4.5 prices",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.0055",
                        "output": "0.0275"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "GEO",
                      "rates": {
                        "cache_read": "0.00055",
                        "cache_write": "0.006875"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "endpoint": "global",
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.005",
                        "output": "0.025",
                        "cache_read": "0.0005",
                        "cache_write": "0.00625"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-1",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.5",
                        "cache_write": "6.25",
                        "cache_write_1h": "10",
                        "input": "5",
                        "output": "25"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_write_1h": "10"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_write_1h": "11"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-southeast-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.55",
                        "cache_write": "6.875",
                        "cache_write_1h": "11",
                        "input": "5.5",
                        "output": "27.5"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama2-13b-chat",
                  "name": "Llama 2 Chat 13B",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 4096,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-2-13b-chat",
                    "llama2-13b"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.00075",
                        "output": "0.001"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "P",
                      "rates": {
                        "provisioned_1-month": "21.18",
                        "provisioned_6-month": "13.08"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama2-70b-chat",
                  "name": "Llama 2 Chat 70B",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 4096,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-2-70b-chat",
                    "llama2-70b"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.00195",
                        "output": "0.00256"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama3-8b-instruct",
                  "name": "Llama 3 8B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 8192,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-3-8b",
                    "llama3-8b"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.0003",
                        "output": "0.0006"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.36",
                        "output": "0.72"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.35",
                        "output": "0.69"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.32",
                        "output": "0.65"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.39",
                        "output": "0.78"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.5",
                        "output": "1.01"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.3",
                        "output": "2.65"
                      }
                    },
                    {
                      "regions": [
                        "us-west-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.3",
                        "output": "0.6"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama3-70b-instruct",
                  "name": "Llama 3 70B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 8192,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-3-70b",
                    "llama3-70b"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.00265",
                        "output": "0.0035"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "3.18",
                        "output": "4.2"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "3.05",
                        "output": "4.03"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "2.86",
                        "output": "3.78"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "3.45",
                        "output": "4.55"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "4.45",
                        "output": "5.88"
                      }
                    },
                    {
                      "regions": [
                        "us-west-1",
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "2.65",
                        "output": "3.5"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama3-1-8b-instruct",
                  "name": "Llama 3.1 8B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-3.1-8b",
                    "llama3.1-8b",
                    "llama-3-1-8b"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "cross_region_tokens_per_minute": 600000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.00022",
                        "output": "0.00022",
                        "batch_input": "0.00011",
                        "batch_output": "0.00011"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.11",
                        "batch_output": "0.11",
                        "input": "0.22",
                        "output": "0.22"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama3-1-70b-instruct",
                  "name": "Llama 3.1 70B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-3.1-70b",
                    "llama3.1-70b",
                    "llama-3-1-70b"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "cross_region_tokens_per_minute": 600000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.00072",
                        "output": "0.00072",
                        "batch_input": "0.00036",
                        "batch_output": "0.00036"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.36",
                        "batch_output": "0.36",
                        "input": "0.72",
                        "output": "0.72"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama3-1-405b-instruct",
                  "name": "Llama 3.1 405B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-3.1-405b",
                    "llama3.1-405b",
                    "llama-3-1-405b"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 400000,
                      "cross_region_tokens_per_minute": 800000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.0024",
                        "output": "0.0024",
                        "batch_input": "0.0012",
                        "batch_output": "0.0012"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "2.4",
                        "output": "2.4"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama3-2-1b-instruct",
                  "name": "Llama 3.2 1B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-3.2-1b",
                    "llama3.2-1b",
                    "llama-3-2-1b"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "cross_region_tokens_per_minute": 600000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.0001",
                        "output": "0.0001"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.13",
                        "output": "0.13"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.1",
                        "output": "0.1"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama3-2-3b-instruct",
                  "name": "Llama 3.2 3B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-3.2-3b",
                    "llama3.2-3b",
                    "llama-3-2-3b"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "cross_region_tokens_per_minute": 600000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.00015",
                        "output": "0.00015"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.19",
                        "output": "0.19"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.15",
                        "output": "0.15"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama3-2-11b-instruct",
                  "name": "Llama 3.2 11B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-3.2-11b",
                    "llama3.2-11b",
                    "llama-3-2-11b"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.00016",
                        "output": "0.00016"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.16",
                        "output": "0.16"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama3-2-90b-instruct",
                  "name": "Llama 3.2 90B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-3.2-90b",
                    "llama3.2-90b",
                    "llama-3-2-90b"
                  ],
                  "open_weights": true,
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.00072",
                        "output": "0.00072"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.72",
                        "output": "0.72"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama3-3-70b-instruct",
                  "name": "Llama 3.3 70B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 2048,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-3.3-70b",
                    "llama3.3-70b",
                    "llama-3-3-70b"
                  ],
                  "open_weights": true,
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.00072",
                        "output": "0.00072",
                        "batch_input": "0.00036",
                        "batch_output": "0.00036"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.36",
                        "batch_output": "0.36",
                        "input": "0.72",
                        "output": "0.72"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama4-maverick-17b-instruct",
                  "name": "Llama 4 Maverick 17B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 8192,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-4-maverick",
                    "llama4-maverick"
                  ],
                  "open_weights": true,
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.00024",
                        "output": "0.00097",
                        "batch_input": "0.00012",
                        "batch_output": "0.000485"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.12",
                        "batch_output": "0.485",
                        "input": "0.24",
                        "output": "0.97"
                      }
                    }
                  ]
                },
                {
                  "id": "meta.llama4-scout-17b-instruct",
                  "name": "Llama 4 Scout 17B Instruct",
                  "provider": "Meta",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 3500000,
                  "max_output_tokens": 8192,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "llama-4-scout",
                    "llama4-scout"
                  ],
                  "open_weights": true,
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.00017",
                        "output": "0.00066",
                        "batch_input": "0.000085",
                        "batch_output": "0.00033"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.085",
                        "batch_output": "0.33",
                        "input": "0.17",
                        "output": "0.66"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.titan-text-lite",
                  "name": "Titan Text G1 - Lite",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 4096,
                  "max_output_tokens": 4096,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "titan-text-lite",
                    "titan-lite",
                    "amazon.titan-text-lite-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.00015",
                        "output": "0.0002"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "J",
                      "rates": {
                        "provisioned_none": "7.10",
                        "provisioned_1-month": "6.40",
                        "provisioned_6-month": "5.10"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "TITAN-FT",
                      "rates": {
                        "training": "0.0004",
                        "storage": {
                          "price": "1.95",
                          "unit": "custom model-month"
                        }
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.3",
                        "output": "0.4"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.titan-text-express",
                  "name": "Titan Text G1 - Express",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 8192,
                  "max_output_tokens": 8192,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "titan-text-express",
                    "titan-express",
                    "amazon.titan-text-express-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0002",
                        "output": "0.0006"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "J",
                      "rates": {
                        "provisioned_none": "20.50",
                        "provisioned_1-month": "18.40",
                        "provisioned_6-month": "14.80"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "1.3",
                        "output": "1.7"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.8",
                        "output": "1.6"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.titan-text-premier",
                  "name": "Titan Text G1 - Premier",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 32000,
                  "max_output_tokens": 3072,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "titan-text-premier",
                    "titan-premier",
                    "amazon.titan-text-premier-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0005",
                        "output": "0.0015"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.5",
                        "output": "1.5"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.titan-embed-text-v1",
                  "name": "Titan Text Embeddings G1",
                  "provider": "Amazon",
                  "kind": "embedding",
                  "architecture": "embedding",
                  "context_window": 8192,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "titan-embeddings",
                    "titan-embed-text",
                    "amazon.titan-embed-text",
                    "titan-embeddings-g1"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0001"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "J",
                      "rates": {
                        "provisioned_1-month": "6.40",
                        "provisioned_6-month": "5.10"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.1"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.titan-embed-text-v2",
                  "name": "Titan Text Embeddings V2",
                  "provider": "Amazon",
                  "kind": "embedding",
                  "architecture": "embedding",
                  "context_window": 8192,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "titan-embeddings-v2",
                    "titan-embed-text-v2"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.00002",
                        "batch_input": "0.00001"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.03"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.11"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.titan-embed-image-v1",
                  "name": "Titan Multimodal Embeddings G1",
                  "provider": "Amazon",
                  "kind": "multimodal-embedding",
                  "architecture": "embedding",
                  "context_window": 128,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "titan-multimodal-embeddings",
                    "titan-multimodal",
                    "titan-embed-image"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "J",
                      "rates": {
                        "input": "0.0008",
                        "image_input": {
                          "price": "0.00006",
                          "unit": "image"
                        }
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "J",
                      "rates": {
                        "provisioned_none": "9.38",
                        "provisioned_1-month": "8.45",
                        "provisioned_6-month": "6.75"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.titan-image-generator-v1",
                  "name": "Titan Image Generator G1",
                  "provider": "Amazon",
                  "kind": "image",
                  "architecture": "diffusion",
                  "aliases": [
                    "titan-image-generator",
                    "titan-image",
                    "amazon.titan-image-generator-v2"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "P",
                      "rates": {
                        "image": "0.01",
                        "image_premium": "0.012"
                      },
                      "note": "larger than 512x512, up to 1024x1024; 0.008 / 0.01 at 512x512 or smaller"
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "J",
                      "rates": {
                        "provisioned_1-month": "16.20",
                        "provisioned_6-month": "13.00"
                      }
                    }
                  ],
                  "note": "Not used (lower precedence): LiteLLM 1.110.2 image 0.008 per image in us-east-1 regional (kept 0.01 per image, source P); LiteLLM 1.110.2 image 0.008 per image in us-west-2 regional (kept 0.01 per image, source P)"
                },
                {
                  "id": "amazon.nova-micro",
                  "name": "Nova Micro",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "custom_model_serving": "on-demand",
                  "context_window": 128000,
                  "max_output_tokens": 10000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "nova-micro",
                    "amazon.nova-micro-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "tokens_per_minute": 2000000,
                      "cross_region_tokens_per_minute": 4000000,
                      "source": "GR-SNAP"
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "tokens_per_minute": 100000,
                      "cross_region_tokens_per_minute": 4000000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.000035",
                        "output": "0.00014",
                        "batch_input": "0.0000175",
                        "batch_output": "0.00007",
                        "cache_read": "0.00000875"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "NOVA-FT",
                      "rates": {
                        "training": "0.001",
                        "storage": {
                          "price": "1.95",
                          "unit": "custom model-month"
                        }
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.00925",
                        "input": "0.037",
                        "output": "0.148"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.0115",
                        "input": "0.046",
                        "output": "0.184"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.0175",
                        "batch_output": "0.07",
                        "cache_read": "0.00875",
                        "input": "0.035",
                        "output": "0.14"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.021",
                        "batch_output": "0.084",
                        "cache_read": "0.0105",
                        "input": "0.042",
                        "output": "0.168"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.nova-lite",
                  "name": "Nova Lite",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "custom_model_serving": "on-demand",
                  "context_window": 300000,
                  "max_output_tokens": 10000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "nova-lite",
                    "amazon.nova-lite-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "tokens_per_minute": 2000000,
                      "cross_region_tokens_per_minute": 4000000,
                      "source": "GR-SNAP"
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "tokens_per_minute": 100000,
                      "cross_region_tokens_per_minute": 4000000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.00006",
                        "output": "0.00024",
                        "batch_input": "0.00003",
                        "batch_output": "0.00012",
                        "cache_read": "0.000015"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.01575",
                        "input": "0.063",
                        "output": "0.252"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.0195",
                        "input": "0.078",
                        "output": "0.312"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.03",
                        "batch_output": "0.12",
                        "cache_read": "0.015",
                        "input": "0.06",
                        "output": "0.24"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.036",
                        "batch_output": "0.144",
                        "cache_read": "0.018",
                        "input": "0.072",
                        "output": "0.288"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.nova-pro",
                  "name": "Nova Pro",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "custom_model_serving": "on-demand",
                  "context_window": 300000,
                  "max_output_tokens": 10000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "nova-pro",
                    "amazon.nova-pro-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 400000,
                      "cross_region_tokens_per_minute": 800000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.0008",
                        "output": "0.0032",
                        "batch_input": "0.0004",
                        "batch_output": "0.0016",
                        "cache_read": "0.0002"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.21",
                        "flex_input": "0.42",
                        "flex_output": "1.68",
                        "input": "0.84",
                        "output": "3.36"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.2625",
                        "flex_input": "0.525",
                        "flex_output": "2.1",
                        "input": "1.05",
                        "output": "4.2"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.4",
                        "batch_output": "1.6",
                        "cache_read": "0.2",
                        "flex_input": "0.4",
                        "flex_output": "1.6",
                        "input": "0.8",
                        "output": "3.2",
                        "priority_input": "1.4",
                        "priority_output": "5.6"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.4",
                        "flex_output": "1.6",
                        "priority_input": "1.4",
                        "priority_output": "5.6"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.24",
                        "input": "0.96",
                        "output": "3.84"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.48",
                        "batch_output": "1.92",
                        "cache_read": "0.24",
                        "flex_input": "0.48",
                        "flex_output": "1.92",
                        "input": "0.96",
                        "output": "3.84",
                        "priority_input": "1.68",
                        "priority_output": "6.72"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.nova-premier",
                  "name": "Nova Premier",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "custom_model_serving": "on-demand",
                  "context_window": 1000000,
                  "max_output_tokens": 10000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "nova-premier",
                    "amazon.nova-premier-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "cross_region_tokens_per_minute": 800000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.0025",
                        "output": "0.0125",
                        "batch_input": "0.00125",
                        "batch_output": "0.00625",
                        "cache_read": "0.000625"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "priority_input": "4.375",
                        "priority_output": "21.875"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.nova-2-lite",
                  "name": "Nova 2 Lite",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "aliases": [
                    "nova-2-lite",
                    "nova2-lite"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.00033",
                        "output": "0.00275",
                        "cache_read": "0.0000825"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "endpoint": "global",
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.0003",
                        "output": "0.0025",
                        "cache_read": "0.000075"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "1M tokens",
                      "source": "TIERS",
                      "rates": {
                        "flex_input": "0.165",
                        "priority_input": "0.5775"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-1",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.075",
                        "input": "0.3",
                        "output": "2.5"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.198",
                        "batch_output": "1.6555",
                        "cache_read": "0.099",
                        "flex_input": "0.198",
                        "flex_output": "1.6555",
                        "input": "0.396",
                        "output": "3.311",
                        "priority_input": "0.693",
                        "priority_output": "5.79425"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.099",
                        "input": "0.396",
                        "output": "3.311"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.10725",
                        "input": "0.429",
                        "output": "3.597"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.165",
                        "batch_output": "1.375",
                        "cache_read": "0.0825",
                        "flex_input": "0.165",
                        "flex_output": "1.375",
                        "input": "0.33",
                        "output": "2.75",
                        "priority_input": "0.5775",
                        "priority_output": "4.8125"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.15",
                        "batch_output": "1.25",
                        "priority_input": "0.525",
                        "priority_output": "4.375"
                      }
                    }
                  ]
                },
                {
                  "id": "ai21.j2-mid",
                  "name": "Jurassic-2 Mid",
                  "provider": "AI21 Labs",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 8191,
                  "max_output_tokens": 8191,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "jurassic-2-mid",
                    "j2-mid",
                    "ai21.j2-mid-v1"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0125",
                        "output": "0.0125"
                      }
                    }
                  ]
                },
                {
                  "id": "ai21.j2-ultra",
                  "name": "Jurassic-2 Ultra",
                  "provider": "AI21 Labs",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 8191,
                  "max_output_tokens": 8191,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "jurassic-2-ultra",
                    "j2-ultra",
                    "jurassic-2",
                    "ai21.j2-ultra-v1"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0188",
                        "output": "0.0188"
                      }
                    }
                  ]
                },
                {
                  "id": "ai21.jamba-instruct",
                  "name": "Jamba-Instruct",
                  "provider": "AI21 Labs",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 4096,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "jamba-instruct",
                    "ai21.jamba-instruct-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0005",
                        "output": "0.0007"
                      }
                    }
                  ]
                },
                {
                  "id": "ai21.jamba-1-5-large",
                  "name": "Jamba 1.5 Large",
                  "provider": "AI21 Labs",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 4096,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "jamba-1.5-large",
                    "ai21.jamba-1-5-large-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.002",
                        "output": "0.008"
                      }
                    }
                  ]
                },
                {
                  "id": "ai21.jamba-1-5-mini",
                  "name": "Jamba 1.5 Mini",
                  "provider": "AI21 Labs",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 4096,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "jamba-1.5-mini",
                    "ai21.jamba-1-5-mini-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0002",
                        "output": "0.0004"
                      }
                    }
                  ]
                },
                {
                  "id": "cohere.command-text",
                  "name": "Command",
                  "provider": "Cohere",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 4000,
                  "max_output_tokens": 4000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "cohere-command",
                    "command",
                    "cohere.command-text-v14"
                  ],
                  "note": "the 2025-07 copy (C) shows input 0.001; the page copy (P) is used Not used (lower precedence): LiteLLM 1.110.2 input 1 per 1M tokens in us-east-1 regional (kept 0.0015 per 1K tokens, source P); LiteLLM 1.110.2 input 1 per 1M tokens in us-west-2 regional (kept 0.0015 per 1K tokens, source P)",
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0015",
                        "output": "0.0020"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "P",
                      "rates": {
                        "provisioned_none": "49.50",
                        "provisioned_1-month": "39.60",
                        "provisioned_6-month": "23.77"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "training": "0.004",
                        "storage": {
                          "price": "1.95",
                          "unit": "custom model-month"
                        }
                      }
                    }
                  ]
                },
                {
                  "id": "cohere.command-light-text",
                  "name": "Command Light",
                  "provider": "Cohere",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 4000,
                  "max_output_tokens": 4000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "cohere-command-light",
                    "command-light",
                    "cohere.command-light-text-v14"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0003",
                        "output": "0.0006"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "P",
                      "rates": {
                        "provisioned_none": "8.56",
                        "provisioned_1-month": "6.85",
                        "provisioned_6-month": "4.11"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "training": "0.001",
                        "storage": {
                          "price": "1.95",
                          "unit": "custom model-month"
                        }
                      }
                    }
                  ]
                },
                {
                  "id": "cohere.command-r",
                  "name": "Command R",
                  "provider": "Cohere",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 4000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "command-r",
                    "cohere.command-r-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0005",
                        "output": "0.0015"
                      }
                    }
                  ]
                },
                {
                  "id": "cohere.command-r-plus",
                  "name": "Command R+",
                  "provider": "Cohere",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 4000,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "command-r-plus",
                    "command-r+",
                    "cohere.command-r-plus-v1"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.003",
                        "output": "0.015"
                      }
                    }
                  ]
                },
                {
                  "id": "cohere.embed-english-v3",
                  "name": "Embed 3 English",
                  "provider": "Cohere",
                  "kind": "multimodal-embedding",
                  "architecture": "embedding",
                  "context_window": 512,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "cohere-embed-english",
                    "embed-english-v3"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0001",
                        "image_input": {
                          "price": "0.0001",
                          "unit": "image"
                        }
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "P",
                      "rates": {
                        "provisioned_none": "7.12",
                        "provisioned_1-month": "6.76",
                        "provisioned_6-month": "6.41"
                      }
                    }
                  ]
                },
                {
                  "id": "cohere.embed-multilingual-v3",
                  "name": "Embed 3 Multilingual",
                  "provider": "Cohere",
                  "kind": "multimodal-embedding",
                  "architecture": "embedding",
                  "context_window": 512,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "cohere-embed-multilingual",
                    "embed-multilingual-v3"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "P",
                      "rates": {
                        "input": "0.0001",
                        "image_input": {
                          "price": "0.0001",
                          "unit": "image"
                        }
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "P",
                      "rates": {
                        "provisioned_none": "7.12",
                        "provisioned_1-month": "6.76",
                        "provisioned_6-month": "6.41"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.mistral-7b-instruct",
                  "name": "Mistral 7B Instruct",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 32000,
                  "max_output_tokens": 8192,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "mistral-7b",
                    "mistral-7b-instruct",
                    "mistral.mistral-7b-instruct-v0:2"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.00015",
                        "output": "0.0002"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-3"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.2",
                        "output": "0.26"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.mixtral-8x7b-instruct",
                  "name": "Mixtral 8x7B Instruct",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 32000,
                  "max_output_tokens": 4096,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "mixtral-8x7b",
                    "mixtral",
                    "mistral.mixtral-8x7b-instruct-v0:1"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.00045",
                        "output": "0.0007"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-3"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.59",
                        "output": "0.91"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.mistral-large-2402",
                  "name": "Mistral Large (24.02)",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 32000,
                  "max_output_tokens": 8192,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "mistral-large",
                    "mistral.mistral-large-2402-v1:0"
                  ],
                  "note": "the pricing page's worked example uses the launch price 0.008 / 0.024",
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.004",
                        "output": "0.012"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-3"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "5.2",
                        "output": "15.6"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.mistral-small-2402",
                  "name": "Mistral Small (24.02)",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 32000,
                  "max_output_tokens": 8192,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "mistral-small",
                    "mistral.mistral-small-2402-v1:0"
                  ],
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "tokens_per_minute": 300000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "G",
                      "rates": {
                        "input": "0.001",
                        "output": "0.003"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.5",
                        "batch_output": "1.5"
                      }
                    }
                  ]
                },
                {
                  "id": "deepseek.r1",
                  "name": "DeepSeek-R1",
                  "provider": "DeepSeek",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 32768,
                  "facts_source": "LIMITS",
                  "aliases": [
                    "deepseek-r1",
                    "deepseek.r1-v1"
                  ],
                  "open_weights": true,
                  "quotas": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "cross_region_tokens_per_minute": 200000,
                      "source": "GR-SNAP"
                    }
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K tokens",
                      "source": "C",
                      "rates": {
                        "input": "0.00135",
                        "output": "0.0054"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "1.35",
                        "output": "5.4"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-diffusion-xl-v1",
                  "name": "Stable Diffusion XL 1.0",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "aliases": [
                    "sdxl",
                    "stable-diffusion-xl",
                    "stable-diffusion",
                    "stability.stable-diffusion-xl"
                  ],
                  "open_weights": true,
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "P",
                      "rates": {
                        "image": "0.04",
                        "image_premium": "0.08"
                      },
                      "note": "standard: 50 steps or fewer; premium: more than 50 steps; up to 1024x1024"
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "P",
                      "rates": {
                        "provisioned_1-month": "49.86",
                        "provisioned_6-month": "46.18"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_512": "0.018",
                        "image_512_premium": "0.036"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.sd3-large",
                  "name": "Stable Diffusion 3 Large",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "aliases": [
                    "sd3-large"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "P",
                      "rates": {
                        "image": "0.08"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.sd3-5-large",
                  "name": "Stable Diffusion 3.5 Large",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "aliases": [
                    "sd3.5-large",
                    "sd3-5-large"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "P",
                      "rates": {
                        "image": "0.08"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-image-core",
                  "name": "Stable Image Core",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "aliases": [
                    "stable-image-core"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "P",
                      "rates": {
                        "image": "0.04"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-image-ultra",
                  "name": "Stable Image Ultra",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "aliases": [
                    "stable-image-ultra"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "P",
                      "rates": {
                        "image": "0.14"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.nova-2-5-sonic",
                  "name": "Nova 2.5 Sonic",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 64000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.33",
                        "output": "2.75"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.nova-2-multimodal-embeddings",
                  "name": "Nova 2 Multimodal Embeddings",
                  "provider": "Amazon",
                  "kind": "multimodal-embedding",
                  "architecture": "embedding",
                  "context_window": 8172,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "amazon.nova-2-multimodal-embeddings-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.135"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.081",
                        "input": "0.162"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_input": "0.00006"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_input": "0.000072"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.nova-2-pro-preview",
                  "name": "Nova 2 Pro Preview",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 64000,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "amazon.nova-2-pro-preview-20251202-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.34375",
                        "input": "1.375",
                        "output": "11"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.6875",
                        "batch_output": "5.5",
                        "cache_read": "0.34375",
                        "input": "1.375",
                        "output": "11",
                        "priority_input": "2.40625",
                        "priority_output": "19.25"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.625",
                        "batch_output": "5",
                        "cache_read": "0.3125",
                        "input": "1.25",
                        "output": "10",
                        "priority_input": "2.1875",
                        "priority_output": "17.5"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.nova-2-sonic",
                  "name": "Nova 2 Sonic",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 64000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "amazon.nova-2-sonic-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.33",
                        "output": "2.75"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.nova-canvas",
                  "name": "Nova Canvas",
                  "provider": "Amazon",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 2600,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "amazon.nova-canvas-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image": "0.06"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image": "0.06"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.nova-sonic",
                  "name": "Nova Sonic",
                  "provider": "Amazon",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "amazon.nova-sonic-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.06",
                        "output": "0.24"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.rerank",
                  "name": "Amazon Rerank",
                  "provider": "Amazon",
                  "kind": "rerank",
                  "architecture": "encoder-only",
                  "context_window": 32000,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "amazon.rerank-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K queries",
                      "source": "LITELLM",
                      "rates": {
                        "query": "1"
                      }
                    }
                  ]
                },
                {
                  "id": "amazon.titan-embed-g1-text-02",
                  "name": "Titan Embed G1 Text 02",
                  "provider": "Amazon",
                  "kind": "embedding",
                  "architecture": "embedding",
                  "context_window": 8192,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.1"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-fable-5",
                  "name": "Claude Fable 5",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "anthropic.claude-fable-5-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "1",
                        "cache_write": "12.5",
                        "cache_write_1h": "20",
                        "input": "10",
                        "output": "50"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "1.1",
                        "cache_write": "13.75",
                        "cache_write_1h": "22",
                        "input": "11",
                        "output": "55"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "1.1",
                        "cache_write": "13.75",
                        "cache_write_1h": "22",
                        "input": "11",
                        "output": "55"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-fable-5-1",
                  "name": "Claude Fable 5.1",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "anthropic.claude-fable-5-1-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.25",
                        "cache_write": "12.5",
                        "cache_write_1h": "20",
                        "input": "10",
                        "output": "50"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.275",
                        "cache_write": "13.75",
                        "cache_write_1h": "22",
                        "input": "11",
                        "output": "55"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.275",
                        "cache_write": "13.75",
                        "cache_write_1h": "22",
                        "input": "11",
                        "output": "55"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.3",
                        "cache_write": "15",
                        "cache_write_1h": "24",
                        "input": "12",
                        "output": "60"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.3",
                        "cache_write": "15",
                        "cache_write_1h": "24",
                        "input": "12",
                        "output": "60"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-fable-5-2",
                  "name": "Claude Fable 5.2",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.2",
                        "cache_write": "10",
                        "cache_write_1h": "16",
                        "input": "8",
                        "output": "40"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_write": "11",
                        "cache_write_1h": "17.6",
                        "input": "8.8",
                        "output": "44"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-haiku-5-5",
                  "name": "Claude Haiku 5.5",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "long_context_threshold": 100000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.01",
                        "cache_read_long_context": "0.05",
                        "cache_write": "0.125",
                        "cache_write_1h": "0.2",
                        "cache_write_1h_long_context": "1",
                        "cache_write_long_context": "0.625",
                        "input": "0.1",
                        "input_long_context": "0.5",
                        "output": "0.5",
                        "output_long_context": "2.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.011",
                        "cache_read_long_context": "0.055",
                        "cache_write": "0.1375",
                        "cache_write_1h": "0.22",
                        "cache_write_1h_long_context": "1.1",
                        "cache_write_long_context": "0.6875",
                        "input": "0.11",
                        "input_long_context": "0.55",
                        "output": "0.55",
                        "output_long_context": "2.75"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.011",
                        "cache_read_long_context": "0.055",
                        "cache_write": "0.1375",
                        "cache_write_1h": "0.22",
                        "cache_write_1h_long_context": "1.1",
                        "cache_write_long_context": "0.6875",
                        "input": "0.11",
                        "input_long_context": "0.55",
                        "output": "0.55",
                        "output_long_context": "2.75"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.012",
                        "cache_read_long_context": "0.06",
                        "cache_write": "0.15",
                        "cache_write_1h": "0.24",
                        "cache_write_1h_long_context": "1.2",
                        "cache_write_long_context": "0.75",
                        "input": "0.12",
                        "input_long_context": "0.6",
                        "output": "0.6",
                        "output_long_context": "3"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.012",
                        "cache_read_long_context": "0.06",
                        "cache_write": "0.15",
                        "cache_write_1h": "0.24",
                        "cache_write_1h_long_context": "1.2",
                        "cache_write_long_context": "0.75",
                        "input": "0.12",
                        "input_long_context": "0.6",
                        "output": "0.6",
                        "output_long_context": "3"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-mythos-5",
                  "name": "Claude Mythos 5",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "1.1",
                        "cache_write": "13.75",
                        "cache_write_1h": "22",
                        "input": "11",
                        "output": "55"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-mythos-5-1",
                  "name": "Claude Mythos 5.1",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.275",
                        "cache_write": "13.75",
                        "cache_write_1h": "22",
                        "input": "11",
                        "output": "55"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.25",
                        "cache_write": "12.5",
                        "cache_write_1h": "20",
                        "input": "10",
                        "output": "50"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-mythos-5-2",
                  "name": "Claude Mythos 5.2",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.2",
                        "cache_write": "10",
                        "cache_write_1h": "16",
                        "input": "8",
                        "output": "40"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_write": "11",
                        "cache_write_1h": "17.6",
                        "input": "8.8",
                        "output": "44"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-mythos-preview",
                  "name": "Claude Mythos Preview",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "2.75",
                        "cache_write": "34.375",
                        "cache_write_1h": "55",
                        "input": "27.5",
                        "output": "137.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "2.75",
                        "cache_write": "34.375",
                        "cache_write_1h": "55",
                        "input": "27.5",
                        "output": "137.5"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-opus-4-7",
                  "name": "Claude Opus 4.7",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "anthropic.claude-opus-4-7-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.5",
                        "cache_write": "6.25",
                        "cache_write_1h": "10",
                        "input": "5",
                        "output": "25"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.55",
                        "cache_write": "6.875",
                        "cache_write_1h": "11",
                        "input": "5.5",
                        "output": "27.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.55",
                        "cache_write": "6.875",
                        "cache_write_1h": "11",
                        "input": "5.5",
                        "output": "27.5"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-opus-4-8",
                  "name": "Claude Opus 4.8",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "anthropic.claude-opus-4-8-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.5",
                        "cache_write": "6.25",
                        "cache_write_1h": "10",
                        "input": "5",
                        "output": "25"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.55",
                        "cache_write": "6.875",
                        "cache_write_1h": "11",
                        "input": "5.5",
                        "output": "27.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.55",
                        "cache_write": "6.875",
                        "cache_write_1h": "11",
                        "input": "5.5",
                        "output": "27.5"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.6",
                        "cache_write": "7.5",
                        "cache_write_1h": "12",
                        "input": "6",
                        "output": "30"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.6",
                        "cache_write": "7.5",
                        "cache_write_1h": "12",
                        "input": "6",
                        "output": "30"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-opus-5",
                  "name": "Claude Opus 5",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.5",
                        "cache_write": "6.25",
                        "cache_write_1h": "10",
                        "input": "5",
                        "output": "25"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.55",
                        "cache_write": "6.875",
                        "cache_write_1h": "11",
                        "input": "5.5",
                        "output": "27.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "2.75",
                        "batch_output": "13.75",
                        "cache_read": "0.55",
                        "cache_write": "6.875",
                        "cache_write_1h": "11",
                        "input": "5.5",
                        "output": "27.5"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "3",
                        "batch_output": "15",
                        "cache_read": "0.6",
                        "cache_write": "7.5",
                        "cache_write_1h": "12",
                        "input": "6",
                        "output": "30"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "2.5",
                        "batch_output": "12.5"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "3",
                        "batch_output": "15",
                        "cache_read": "0.6",
                        "cache_write": "7.5",
                        "cache_write_1h": "12",
                        "input": "6",
                        "output": "30"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-opus-5-5",
                  "name": "Claude Opus 5.5",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.2",
                        "cache_write": "5",
                        "cache_write_1h": "8",
                        "input": "4",
                        "output": "20"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_write": "5.5",
                        "cache_write_1h": "8.8",
                        "input": "4.4",
                        "output": "22"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_write": "5.5",
                        "cache_write_1h": "8.8",
                        "input": "4.4",
                        "output": "22"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.24",
                        "cache_write": "6",
                        "cache_write_1h": "9.6",
                        "input": "4.8",
                        "output": "24"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.24",
                        "cache_write": "6",
                        "cache_write_1h": "9.6",
                        "input": "4.8",
                        "output": "24"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-sonnet-5",
                  "name": "Claude Sonnet 5",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "anthropic.claude-sonnet-5-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.2",
                        "cache_write": "2.5",
                        "cache_write_1h": "4",
                        "input": "2",
                        "output": "10"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_write": "2.75",
                        "cache_write_1h": "4.4",
                        "input": "2.2",
                        "output": "11"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_write": "2.75",
                        "cache_write_1h": "4.4",
                        "input": "2.2",
                        "output": "11"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.24",
                        "cache_write": "3",
                        "cache_write_1h": "4.8",
                        "input": "2.4",
                        "output": "12"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.24",
                        "cache_write": "3",
                        "cache_write_1h": "4.8",
                        "input": "2.4",
                        "output": "12"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-sonnet-5-5",
                  "name": "Claude Sonnet 5.5",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.1",
                        "cache_write": "2.5",
                        "cache_write_1h": "4",
                        "input": "2",
                        "output": "10"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.11",
                        "cache_write": "2.75",
                        "cache_write_1h": "4.4",
                        "input": "2.2",
                        "output": "11"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.11",
                        "cache_write": "2.75",
                        "cache_write_1h": "4.4",
                        "input": "2.2",
                        "output": "11"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.12",
                        "cache_write": "3",
                        "cache_write_1h": "4.8",
                        "input": "2.4",
                        "output": "12"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.12",
                        "cache_write": "3",
                        "cache_write_1h": "4.8",
                        "input": "2.4",
                        "output": "12"
                      }
                    }
                  ]
                },
                {
                  "id": "anthropic.claude-v1",
                  "name": "Claude v1",
                  "provider": "Anthropic",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 100000,
                  "max_output_tokens": 8191,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2",
                        "eu-central-1",
                        "ap-northeast-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "8",
                        "output": "24"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "model unit-hour",
                      "source": "LITELLM",
                      "rates": {
                        "provisioned_1-month": "163.8",
                        "provisioned_6-month": "90.972"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "model unit-hour",
                      "source": "LITELLM",
                      "rates": {
                        "provisioned_1-month": "149.4",
                        "provisioned_6-month": "82.98"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "model unit-hour",
                      "source": "LITELLM",
                      "rates": {
                        "provisioned_1-month": "63",
                        "provisioned_6-month": "34.992"
                      }
                    }
                  ]
                },
                {
                  "id": "cohere.embed-v4",
                  "name": "Cohere Embed v4",
                  "provider": "Cohere",
                  "kind": "multimodal-embedding",
                  "architecture": "embedding",
                  "context_window": 128000,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "cohere.embed-v4:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.12"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.12"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.12"
                      }
                    }
                  ]
                },
                {
                  "id": "cohere.rerank-v3-5",
                  "name": "Cohere Rerank v3.5",
                  "provider": "Cohere",
                  "kind": "rerank",
                  "architecture": "encoder-only",
                  "context_window": 4096,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "cohere.rerank-v3-5:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1K queries",
                      "source": "LITELLM",
                      "rates": {
                        "query": "2"
                      }
                    }
                  ]
                },
                {
                  "id": "deepseek.v3",
                  "name": "DeepSeek v3",
                  "provider": "DeepSeek",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8000,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "deepseek.v3-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.58",
                        "output": "1.68"
                      }
                    }
                  ]
                },
                {
                  "id": "deepseek.v3.1",
                  "name": "DeepSeek V3.1",
                  "provider": "DeepSeek",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.29",
                        "batch_output": "0.84",
                        "flex_input": "0.29",
                        "flex_output": "0.84",
                        "input": "0.58",
                        "output": "1.68",
                        "priority_input": "1.015",
                        "priority_output": "2.94"
                      }
                    }
                  ]
                },
                {
                  "id": "deepseek.v3.2",
                  "name": "DeepSeek V3.2",
                  "provider": "DeepSeek",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 156000,
                  "max_output_tokens": 8000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.37",
                        "flex_output": "1.11",
                        "input": "0.74",
                        "output": "2.22"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.31",
                        "batch_output": "0.925",
                        "flex_input": "0.31",
                        "flex_output": "0.925",
                        "input": "0.62",
                        "output": "1.85",
                        "priority_input": "1.085",
                        "priority_output": "3.2375"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.37",
                        "batch_output": "1.11",
                        "flex_input": "0.37",
                        "flex_output": "1.11",
                        "input": "0.74",
                        "output": "2.22",
                        "priority_input": "1.295",
                        "priority_output": "3.885"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-3"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.37",
                        "flex_output": "1.11",
                        "input": "0.74",
                        "output": "2.22"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.31",
                        "batch_output": "0.925",
                        "flex_input": "0.31",
                        "flex_output": "0.925",
                        "input": "0.62",
                        "output": "1.85",
                        "priority_input": "1.085",
                        "priority_output": "3.2375"
                      }
                    }
                  ]
                },
                {
                  "id": "google.gemma-3-12b-it",
                  "name": "Gemma 3 12B IT",
                  "provider": "Google",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.09",
                        "output": "0.29"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.05",
                        "batch_output": "0.15",
                        "flex_input": "0.05",
                        "flex_output": "0.15",
                        "priority_input": "0.16",
                        "priority_output": "0.51"
                      }
                    }
                  ]
                },
                {
                  "id": "google.gemma-3-27b-it",
                  "name": "Gemma 3 27B IT",
                  "provider": "Google",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.23",
                        "output": "0.38"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.12",
                        "batch_output": "0.19",
                        "flex_input": "0.12",
                        "flex_output": "0.19",
                        "priority_input": "0.4",
                        "priority_output": "0.67"
                      }
                    }
                  ]
                },
                {
                  "id": "google.gemma-3-4b-it",
                  "name": "Gemma 3 4B IT",
                  "provider": "Google",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.04",
                        "output": "0.08"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.02",
                        "batch_output": "0.04",
                        "flex_input": "0.02",
                        "flex_output": "0.04",
                        "priority_input": "0.07",
                        "priority_output": "0.14"
                      }
                    }
                  ]
                },
                {
                  "id": "google.gemma-4-26b-a4b",
                  "name": "Gemma 4 26B A4B",
                  "provider": "Google",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 256000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.065",
                        "batch_output": "0.2",
                        "flex_input": "0.065",
                        "flex_output": "0.2",
                        "input": "0.13",
                        "output": "0.4",
                        "priority_input": "0.2275",
                        "priority_output": "0.7"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.078",
                        "batch_output": "0.24",
                        "flex_input": "0.078",
                        "flex_output": "0.24",
                        "input": "0.156",
                        "output": "0.48",
                        "priority_input": "0.273",
                        "priority_output": "0.84"
                      }
                    }
                  ]
                },
                {
                  "id": "google.gemma-4-31b",
                  "name": "Gemma 4 31B",
                  "provider": "Google",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 256000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.07",
                        "batch_output": "0.2",
                        "flex_input": "0.07",
                        "flex_output": "0.2",
                        "input": "0.14",
                        "output": "0.4",
                        "priority_input": "0.245",
                        "priority_output": "0.7"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.084",
                        "batch_output": "0.24",
                        "flex_input": "0.084",
                        "flex_output": "0.24",
                        "input": "0.168",
                        "output": "0.48",
                        "priority_input": "0.294",
                        "priority_output": "0.84"
                      }
                    }
                  ]
                },
                {
                  "id": "google.gemma-4-e2b",
                  "name": "Gemma 4 E2B",
                  "provider": "Google",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 128000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.02",
                        "batch_output": "0.04",
                        "flex_input": "0.02",
                        "flex_output": "0.04",
                        "input": "0.04",
                        "output": "0.08",
                        "priority_input": "0.07",
                        "priority_output": "0.14"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_output": "0.048",
                        "flex_input": "0.024",
                        "flex_output": "0.048",
                        "input": "0.048",
                        "output": "0.096",
                        "priority_input": "0.084",
                        "priority_output": "0.168"
                      }
                    }
                  ]
                },
                {
                  "id": "minimax.minimax-m2",
                  "name": "MiniMax M2",
                  "provider": "MiniMax",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 8000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.15",
                        "batch_output": "0.6",
                        "flex_input": "0.15",
                        "flex_output": "0.6",
                        "input": "0.3",
                        "output": "1.2",
                        "priority_input": "0.52",
                        "priority_output": "2.1"
                      }
                    }
                  ]
                },
                {
                  "id": "minimax.minimax-m2.1",
                  "name": "MiniMax M2.1",
                  "provider": "MiniMax",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 196000,
                  "max_output_tokens": 8192,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.18",
                        "batch_output": "0.72",
                        "flex_input": "0.18",
                        "flex_output": "0.72",
                        "input": "0.36",
                        "output": "1.44",
                        "priority_input": "0.63",
                        "priority_output": "2.52"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1",
                        "ap-southeast-3"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.18",
                        "flex_output": "0.72",
                        "input": "0.36",
                        "output": "1.44"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.235",
                        "batch_output": "0.93",
                        "flex_input": "0.235",
                        "flex_output": "0.93",
                        "input": "0.47",
                        "output": "1.86",
                        "priority_input": "0.8225",
                        "priority_output": "3.255"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.15",
                        "batch_output": "0.6",
                        "flex_input": "0.15",
                        "flex_output": "0.6",
                        "input": "0.3",
                        "output": "1.2",
                        "priority_input": "0.525",
                        "priority_output": "2.1"
                      }
                    }
                  ]
                },
                {
                  "id": "minimax.minimax-m2.5",
                  "name": "MiniMax M2.5",
                  "provider": "MiniMax",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 196000,
                  "max_output_tokens": 8192,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.18",
                        "batch_output": "0.72",
                        "flex_input": "0.18",
                        "flex_output": "0.72",
                        "input": "0.36",
                        "output": "1.44",
                        "priority_input": "0.63",
                        "priority_output": "2.52"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.155",
                        "batch_output": "0.62",
                        "flex_input": "0.155",
                        "flex_output": "0.62",
                        "input": "0.31",
                        "output": "1.24",
                        "priority_input": "0.5425",
                        "priority_output": "2.17"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1",
                        "ap-southeast-3"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.18",
                        "flex_output": "0.72",
                        "input": "0.36",
                        "output": "1.44"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.235",
                        "batch_output": "0.93",
                        "flex_input": "0.235",
                        "flex_output": "0.93",
                        "input": "0.47",
                        "output": "1.86",
                        "priority_input": "0.8225",
                        "priority_output": "3.255"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.15",
                        "batch_output": "0.6",
                        "flex_input": "0.15",
                        "flex_output": "0.6",
                        "input": "0.3",
                        "output": "1.2",
                        "priority_input": "0.525",
                        "priority_output": "2.1"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.devstral-2-123b",
                  "name": "Devstral 2 123B",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 32000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.4",
                        "output": "2"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.2",
                        "batch_output": "1",
                        "flex_input": "0.2",
                        "flex_output": "1",
                        "priority_input": "0.7",
                        "priority_output": "3.5"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.magistral-small-2509",
                  "name": "Magistral Small 2509",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 40000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.5",
                        "output": "1.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.25",
                        "batch_output": "0.75",
                        "flex_input": "0.25",
                        "flex_output": "0.75",
                        "priority_input": "0.88",
                        "priority_output": "2.63"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.ministral-3-14b-instruct",
                  "name": "Ministral 14B 3.0",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.2",
                        "output": "0.2"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.1",
                        "batch_output": "0.1",
                        "flex_input": "0.1",
                        "flex_output": "0.1",
                        "priority_input": "0.35",
                        "priority_output": "0.35"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.ministral-3-3b-instruct",
                  "name": "Ministral 3B 3.0",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.1",
                        "output": "0.1"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.05",
                        "batch_output": "0.05",
                        "flex_input": "0.05",
                        "flex_output": "0.05",
                        "priority_input": "0.17",
                        "priority_output": "0.17"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.ministral-3-8b-instruct",
                  "name": "Ministral 8B 3.0",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.15",
                        "output": "0.15"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.07",
                        "batch_output": "0.07",
                        "flex_input": "0.07",
                        "flex_output": "0.07",
                        "priority_input": "0.26",
                        "priority_output": "0.26"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.mistral-large-2407",
                  "name": "Mistral Large 2407",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8191,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "mistral.mistral-large-2407-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "2",
                        "output": "6"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.mistral-large-3-675b-instruct",
                  "name": "Mistral Large 3",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 32000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.5",
                        "output": "1.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.25",
                        "batch_output": "0.75",
                        "flex_input": "0.25",
                        "flex_output": "0.75",
                        "priority_input": "0.88",
                        "priority_output": "2.63"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.pixtral-large-2502",
                  "name": "Pixtral Large (25.02)",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 16384,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "mistral.pixtral-large-2502-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "2",
                        "output": "6"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "2",
                        "output": "6"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.voxtral-mini-3b-2507",
                  "name": "Voxtral Mini 3B 2507",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 32000,
                  "max_output_tokens": 8192,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.04",
                        "output": "0.04"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.03",
                        "batch_output": "0.03",
                        "flex_input": "0.03",
                        "flex_output": "0.03",
                        "input": "0.05",
                        "output": "0.05",
                        "priority_input": "0.09",
                        "priority_output": "0.09"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.0206",
                        "batch_output": "0.0206",
                        "flex_input": "0.0206",
                        "flex_output": "0.0206",
                        "input": "0.0412",
                        "output": "0.0412",
                        "priority_input": "0.0721",
                        "priority_output": "0.0721"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.03",
                        "batch_output": "0.03",
                        "flex_input": "0.03",
                        "flex_output": "0.03",
                        "input": "0.06",
                        "output": "0.06",
                        "priority_input": "0.11",
                        "priority_output": "0.11"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.02",
                        "batch_output": "0.02",
                        "flex_input": "0.02",
                        "flex_output": "0.02",
                        "priority_input": "0.07",
                        "priority_output": "0.07"
                      }
                    }
                  ]
                },
                {
                  "id": "mistral.voxtral-small-24b-2507",
                  "name": "Voxtral Small 24B 2507",
                  "provider": "Mistral AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 32000,
                  "max_output_tokens": 8192,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.1",
                        "output": "0.3"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.06",
                        "batch_output": "0.18",
                        "flex_input": "0.06",
                        "flex_output": "0.18",
                        "input": "0.12",
                        "output": "0.36",
                        "priority_input": "0.21",
                        "priority_output": "0.63"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.0515",
                        "batch_output": "0.1545",
                        "flex_input": "0.0515",
                        "flex_output": "0.1545",
                        "input": "0.103",
                        "output": "0.309",
                        "priority_input": "0.18025",
                        "priority_output": "0.54075"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.08",
                        "batch_output": "0.23",
                        "flex_input": "0.08",
                        "flex_output": "0.23",
                        "input": "0.16",
                        "output": "0.47",
                        "priority_input": "0.28",
                        "priority_output": "0.82"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.05",
                        "batch_output": "0.15",
                        "flex_input": "0.05",
                        "flex_output": "0.15",
                        "priority_input": "0.17",
                        "priority_output": "0.52"
                      }
                    }
                  ]
                },
                {
                  "id": "moonshotai.kimi-k2-thinking",
                  "name": "Kimi K2 Thinking",
                  "provider": "Moonshot AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 262144,
                  "max_output_tokens": 16000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "sa-east-1",
                        "ap-northeast-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.36",
                        "flex_output": "1.52",
                        "input": "0.73",
                        "output": "3.03"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.36",
                        "flex_output": "1.47",
                        "input": "0.71",
                        "output": "2.94"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.3",
                        "batch_output": "1.25",
                        "flex_input": "0.3",
                        "flex_output": "1.25",
                        "input": "0.6",
                        "output": "2.5",
                        "priority_input": "1.05",
                        "priority_output": "4.38"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.3",
                        "flex_output": "1.25",
                        "input": "0.6",
                        "output": "2.5"
                      }
                    }
                  ]
                },
                {
                  "id": "moonshotai.kimi-k2.5",
                  "name": "Kimi K2.5",
                  "provider": "Moonshot AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 262144,
                  "max_output_tokens": 16000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "sa-east-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.36",
                        "batch_output": "1.8",
                        "flex_input": "0.36",
                        "flex_output": "1.8",
                        "input": "0.72",
                        "output": "3.6",
                        "priority_input": "1.26",
                        "priority_output": "6.3"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-3"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.36",
                        "flex_output": "1.8",
                        "input": "0.72",
                        "output": "3.6"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.3",
                        "batch_output": "1.5",
                        "flex_input": "0.3",
                        "flex_output": "1.5",
                        "input": "0.6",
                        "output": "3",
                        "priority_input": "1.05",
                        "priority_output": "5.25"
                      }
                    }
                  ]
                },
                {
                  "id": "moonshotai.kimi-k3",
                  "name": "Kimi K3",
                  "provider": "Moonshot AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 131072,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.3",
                        "cache_write": "3.75",
                        "input": "3",
                        "output": "15"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.33",
                        "cache_write": "4.125",
                        "input": "3.3",
                        "output": "16.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ap-south-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.33",
                        "cache_write": "4.125",
                        "flex_input": "1.65",
                        "flex_output": "8.25",
                        "input": "3.3",
                        "output": "16.5",
                        "priority_input": "5.775",
                        "priority_output": "28.875"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "1.5",
                        "flex_output": "7.5",
                        "priority_input": "5.25",
                        "priority_output": "26.25"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "1.65",
                        "flex_output": "8.25",
                        "priority_input": "5.775",
                        "priority_output": "28.875"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "1.98",
                        "batch_output": "9.9",
                        "cache_read": "0.396",
                        "cache_write": "4.95",
                        "flex_input": "1.98",
                        "flex_output": "9.9",
                        "input": "3.96",
                        "output": "19.8",
                        "priority_input": "6.93",
                        "priority_output": "34.65"
                      }
                    }
                  ]
                },
                {
                  "id": "moonshotai.kimi-k3.1",
                  "name": "Kimi K3.1 Pro Highspeed",
                  "provider": "Moonshot AI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 131072,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.2",
                        "cache_write": "5",
                        "input": "4",
                        "output": "20"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_write": "5.5",
                        "input": "4.4",
                        "output": "22"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ap-south-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_write": "5.5",
                        "flex_input": "2.2",
                        "flex_output": "11",
                        "input": "4.4",
                        "output": "22",
                        "priority_input": "7.7",
                        "priority_output": "38.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "2",
                        "flex_output": "10",
                        "priority_input": "7",
                        "priority_output": "35"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "2.2",
                        "flex_output": "11",
                        "priority_input": "7.7",
                        "priority_output": "38.5"
                      }
                    }
                  ]
                },
                {
                  "id": "nvidia.nemotron-nano-12b-v2",
                  "name": "Nemotron Nano 12B v2",
                  "provider": "NVIDIA",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8192,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.24",
                        "output": "0.72"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.1",
                        "batch_output": "0.3",
                        "flex_input": "0.1",
                        "flex_output": "0.3",
                        "input": "0.2",
                        "output": "0.6",
                        "priority_input": "0.35",
                        "priority_output": "1.05"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.12",
                        "batch_output": "0.36",
                        "flex_input": "0.12",
                        "flex_output": "0.36",
                        "input": "0.24",
                        "output": "0.72",
                        "priority_input": "0.42",
                        "priority_output": "1.26"
                      }
                    }
                  ]
                },
                {
                  "id": "nvidia.nemotron-nano-3-30b",
                  "name": "Nemotron 3 Nano 30B",
                  "provider": "NVIDIA",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 8192,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "nvidia.nemotron-nano-3-30b:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.06",
                        "output": "0.24"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.072",
                        "output": "0.288"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.03",
                        "batch_output": "0.12",
                        "flex_input": "0.03",
                        "flex_output": "0.12",
                        "priority_input": "0.11",
                        "priority_output": "0.42"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.036",
                        "batch_output": "0.144",
                        "flex_input": "0.036",
                        "flex_output": "0.144",
                        "input": "0.072",
                        "output": "0.288",
                        "priority_input": "0.132",
                        "priority_output": "0.504"
                      }
                    }
                  ]
                },
                {
                  "id": "nvidia.nemotron-nano-9b-v2",
                  "name": "Nemotron 2 Nano 9B",
                  "provider": "NVIDIA",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8192,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "nvidia.nemotron-nano-9b-v2:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.06",
                        "output": "0.23"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.072",
                        "output": "0.276"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.03",
                        "batch_output": "0.12",
                        "flex_input": "0.03",
                        "flex_output": "0.12",
                        "priority_input": "0.11",
                        "priority_output": "0.4"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.036",
                        "batch_output": "0.144",
                        "flex_input": "0.036",
                        "flex_output": "0.144",
                        "input": "0.072",
                        "output": "0.276",
                        "priority_input": "0.132",
                        "priority_output": "0.48"
                      }
                    }
                  ]
                },
                {
                  "id": "nvidia.nemotron-super-3-120b",
                  "name": "Nemotron 3 Super 120B",
                  "provider": "NVIDIA",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 32000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "nvidia.nemotron-super-3-120b:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.15",
                        "output": "0.65"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.18",
                        "output": "0.78"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.115",
                        "batch_output": "0.505",
                        "flex_input": "0.115",
                        "flex_output": "0.505",
                        "input": "0.23",
                        "output": "1.01",
                        "priority_input": "0.4025",
                        "priority_output": "1.7675"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.075",
                        "batch_output": "0.325",
                        "flex_input": "0.075",
                        "flex_output": "0.325",
                        "priority_input": "0.2625",
                        "priority_output": "1.1375"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.09",
                        "batch_output": "0.39",
                        "flex_input": "0.09",
                        "flex_output": "0.39",
                        "input": "0.18",
                        "output": "0.78",
                        "priority_input": "0.315",
                        "priority_output": "1.365"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-5.4",
                  "name": "GPT-5.4",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 922000,
                  "max_output_tokens": 128000,
                  "long_context_threshold": 272000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.275",
                        "input": "2.75",
                        "output": "16.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.275",
                        "cache_read_long_context": "0.55",
                        "input": "2.75",
                        "input_long_context": "5.5",
                        "output": "16.5",
                        "output_long_context": "24.75"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.25",
                        "cache_read_long_context": "0.5",
                        "input": "2.5",
                        "input_long_context": "5",
                        "output": "15",
                        "output_long_context": "22.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read_long_context": "0.55",
                        "input_long_context": "5.5",
                        "output_long_context": "24.75"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.33",
                        "input": "3.3",
                        "output": "19.8"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-5.5",
                  "name": "GPT-5.5",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 922000,
                  "max_output_tokens": 128000,
                  "long_context_threshold": 272000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.55",
                        "input": "5.5",
                        "output": "33"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.55",
                        "cache_read_long_context": "1.1",
                        "input": "5.5",
                        "input_long_context": "11",
                        "output": "33",
                        "output_long_context": "49.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.5",
                        "cache_read_long_context": "1",
                        "input": "5",
                        "input_long_context": "10",
                        "output": "30",
                        "output_long_context": "45"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read_long_context": "1.1",
                        "input_long_context": "11",
                        "output_long_context": "49.5"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-5.6-cyber",
                  "name": "GPT 5.6 Cyber",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 922000,
                  "max_output_tokens": 128000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "1.375",
                        "cache_write": "17.1875",
                        "input": "13.75",
                        "output": "82.5"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-5.6-luna",
                  "name": "GPT-5.6 Luna",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "long_context_threshold": 272000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.02",
                        "cache_read_long_context": "0.04",
                        "cache_write": "0.25",
                        "cache_write_long_context": "0.5",
                        "input": "0.2",
                        "input_long_context": "0.4",
                        "output": "1.2",
                        "output_long_context": "1.8"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.022",
                        "cache_read_long_context": "0.044",
                        "cache_write": "0.275",
                        "cache_write_long_context": "0.55",
                        "input": "0.22",
                        "input_long_context": "0.44",
                        "output": "1.32",
                        "output_long_context": "1.98"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.022",
                        "cache_read_long_context": "0.044",
                        "cache_write": "0.275",
                        "cache_write_long_context": "0.55",
                        "input": "0.22",
                        "input_long_context": "0.44",
                        "output": "1.32",
                        "output_long_context": "1.98"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.0264",
                        "cache_read_long_context": "0.0528",
                        "cache_write": "0.33",
                        "cache_write_long_context": "0.66",
                        "flex_input": "0.132",
                        "flex_output": "0.792",
                        "input": "0.264",
                        "input_long_context": "0.528",
                        "output": "1.584",
                        "output_long_context": "2.376",
                        "priority_input": "0.528",
                        "priority_output": "3.168"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-5.6-sol",
                  "name": "GPT-5.6 Sol",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "long_context_threshold": 272000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.4",
                        "cache_read_long_context": "0.8",
                        "cache_write": "5",
                        "cache_write_long_context": "10",
                        "input": "4",
                        "input_long_context": "8",
                        "output": "20",
                        "output_long_context": "30"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.44",
                        "cache_read_long_context": "0.88",
                        "cache_write": "5.5",
                        "cache_write_long_context": "11",
                        "input": "4.4",
                        "input_long_context": "8.8",
                        "output": "22",
                        "output_long_context": "33"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.44",
                        "cache_read_long_context": "0.88",
                        "cache_write": "5.5",
                        "cache_write_long_context": "11",
                        "input": "4.4",
                        "input_long_context": "8.8",
                        "output": "22",
                        "output_long_context": "33"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-5.6-terra",
                  "name": "GPT-5.6 Terra",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "long_context_threshold": 272000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.2",
                        "cache_read_long_context": "0.4",
                        "cache_write": "2.5",
                        "cache_write_long_context": "5",
                        "input": "2",
                        "input_long_context": "4",
                        "output": "12",
                        "output_long_context": "18"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_read_long_context": "0.44",
                        "cache_write": "2.75",
                        "cache_write_long_context": "5.5",
                        "input": "2.2",
                        "input_long_context": "4.4",
                        "output": "13.2",
                        "output_long_context": "19.8"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_read_long_context": "0.44",
                        "cache_write": "2.75",
                        "cache_write_long_context": "5.5",
                        "input": "2.2",
                        "input_long_context": "4.4",
                        "output": "13.2",
                        "output_long_context": "19.8"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.264",
                        "cache_read_long_context": "0.528",
                        "cache_write": "3.3",
                        "cache_write_long_context": "6.6",
                        "flex_input": "1.32",
                        "flex_output": "7.92",
                        "input": "2.64",
                        "input_long_context": "5.28",
                        "output": "15.84",
                        "output_long_context": "23.76",
                        "priority_input": "5.28",
                        "priority_output": "31.68"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-6-astra",
                  "name": "GPT-6 Astra",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1050000,
                  "max_output_tokens": 128000,
                  "long_context_threshold": 272000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "1",
                        "cache_read_long_context": "2",
                        "cache_write": "12.5",
                        "cache_write_long_context": "25",
                        "input": "10",
                        "input_long_context": "20",
                        "output": "50",
                        "output_long_context": "75"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "1.1",
                        "cache_read_long_context": "2.2",
                        "cache_write": "13.75",
                        "cache_write_long_context": "27.5",
                        "input": "11",
                        "input_long_context": "22",
                        "output": "55",
                        "output_long_context": "82.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "1.1",
                        "cache_read_long_context": "2.2",
                        "cache_write": "13.75",
                        "cache_write_long_context": "27.5",
                        "input": "11",
                        "input_long_context": "22",
                        "output": "55",
                        "output_long_context": "82.5"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-6-luna",
                  "name": "GPT-6 Luna",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "long_context_threshold": 272000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.01",
                        "cache_read_long_context": "0.02",
                        "cache_write": "0.125",
                        "cache_write_long_context": "0.25",
                        "input": "0.1",
                        "input_long_context": "0.2",
                        "output": "0.5",
                        "output_long_context": "0.75"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.011",
                        "cache_read_long_context": "0.022",
                        "cache_write": "0.1375",
                        "cache_write_long_context": "0.275",
                        "input": "0.11",
                        "input_long_context": "0.22",
                        "output": "0.55",
                        "output_long_context": "0.825"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.011",
                        "cache_read_long_context": "0.022",
                        "cache_write": "0.1375",
                        "cache_write_long_context": "0.275",
                        "input": "0.11",
                        "input_long_context": "0.22",
                        "output": "0.55",
                        "output_long_context": "0.825"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-6-sol",
                  "name": "GPT-6 Sol",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "long_context_threshold": 272000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.2",
                        "cache_read_long_context": "0.4",
                        "cache_write": "2.5",
                        "cache_write_long_context": "5",
                        "input": "2",
                        "input_long_context": "4",
                        "output": "10",
                        "output_long_context": "15"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_read_long_context": "0.44",
                        "cache_write": "2.75",
                        "cache_write_long_context": "5.5",
                        "input": "2.2",
                        "input_long_context": "4.4",
                        "output": "11",
                        "output_long_context": "16.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.22",
                        "cache_read_long_context": "0.44",
                        "cache_write": "2.75",
                        "cache_write_long_context": "5.5",
                        "input": "2.2",
                        "input_long_context": "4.4",
                        "output": "11",
                        "output_long_context": "16.5"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-6.1-sol",
                  "name": "GPT-6.1 Sol",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 131072,
                  "long_context_threshold": 272000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.1",
                        "cache_read_long_context": "0.2",
                        "cache_write": "2.5",
                        "cache_write_long_context": "5",
                        "input": "2",
                        "input_long_context": "4",
                        "output": "10",
                        "output_long_context": "15"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.11",
                        "cache_read_long_context": "0.22",
                        "cache_write": "2.75",
                        "cache_write_long_context": "5.5",
                        "input": "2.2",
                        "input_long_context": "4.4",
                        "output": "11",
                        "output_long_context": "16.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.11",
                        "cache_read_long_context": "0.22",
                        "cache_write": "2.75",
                        "cache_write_long_context": "5.5",
                        "input": "2.2",
                        "input_long_context": "4.4",
                        "output": "11",
                        "output_long_context": "16.5"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-6.1-terra",
                  "name": "GPT-6.1 Terra",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1050000,
                  "max_output_tokens": 128000,
                  "long_context_threshold": 272000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.05",
                        "cache_read_long_context": "0.1",
                        "cache_write": "1.25",
                        "cache_write_long_context": "2.5",
                        "input": "1",
                        "input_long_context": "2",
                        "output": "5",
                        "output_long_context": "7.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.055",
                        "cache_read_long_context": "0.11",
                        "cache_write": "1.375",
                        "cache_write_long_context": "2.75",
                        "input": "1.1",
                        "input_long_context": "2.2",
                        "output": "5.5",
                        "output_long_context": "8.25"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.055",
                        "cache_read_long_context": "0.11",
                        "cache_write": "1.375",
                        "cache_write_long_context": "2.75",
                        "input": "1.1",
                        "input_long_context": "2.2",
                        "output": "5.5",
                        "output_long_context": "8.25"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-daybreak-blue-5.6-sol",
                  "name": "GPT Daybreak Blue 5.6 Sol",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1050000,
                  "max_output_tokens": 128000,
                  "long_context_threshold": 272000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.44",
                        "cache_read_long_context": "0.88",
                        "cache_write": "5.5",
                        "cache_write_long_context": "11",
                        "input": "4.4",
                        "input_long_context": "8.8",
                        "output": "22",
                        "output_long_context": "33"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-oss-120b",
                  "name": "gpt-oss-120b",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 16384,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "openai.gpt-oss-120b-1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.15",
                        "output": "0.6"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.18",
                        "output": "0.72"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.075",
                        "batch_output": "0.3",
                        "flex_input": "0.075",
                        "flex_output": "0.3",
                        "priority_input": "0.2625",
                        "priority_output": "1.05"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.09",
                        "batch_output": "0.36",
                        "flex_input": "0.09",
                        "flex_output": "0.36",
                        "input": "0.18",
                        "output": "0.72",
                        "priority_input": "0.315",
                        "priority_output": "1.26"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-oss-20b",
                  "name": "gpt-oss-20b",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 16384,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "openai.gpt-oss-20b-1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.07",
                        "output": "0.3"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.084",
                        "output": "0.36"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.035",
                        "batch_output": "0.15",
                        "flex_input": "0.035",
                        "flex_output": "0.15",
                        "priority_input": "0.1225",
                        "priority_output": "0.525"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.042",
                        "batch_output": "0.18",
                        "flex_input": "0.042",
                        "flex_output": "0.18",
                        "input": "0.084",
                        "output": "0.36",
                        "priority_input": "0.147",
                        "priority_output": "0.63"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-oss-safeguard-120b",
                  "name": "GPT OSS Safeguard 120B",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 131072,
                  "max_output_tokens": 16000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.07",
                        "batch_output": "0.3",
                        "flex_input": "0.07",
                        "flex_output": "0.3",
                        "input": "0.15",
                        "output": "0.6",
                        "priority_input": "0.26",
                        "priority_output": "1.05"
                      }
                    }
                  ]
                },
                {
                  "id": "openai.gpt-oss-safeguard-20b",
                  "name": "GPT OSS Safeguard 20B",
                  "provider": "OpenAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 131072,
                  "max_output_tokens": 16000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.03",
                        "batch_output": "0.1",
                        "flex_input": "0.03",
                        "flex_output": "0.1",
                        "input": "0.07",
                        "output": "0.2",
                        "priority_input": "0.12",
                        "priority_output": "0.35"
                      }
                    }
                  ]
                },
                {
                  "id": "qwen.qwen3-235b-a22b-2507",
                  "name": "Qwen3 235B A22B 2507",
                  "provider": "Qwen",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 8000,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "qwen.qwen3-235b-a22b-2507-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.11",
                        "batch_output": "0.44",
                        "flex_input": "0.11",
                        "flex_output": "0.44",
                        "input": "0.22",
                        "output": "0.88",
                        "priority_input": "0.385",
                        "priority_output": "1.54"
                      }
                    }
                  ]
                },
                {
                  "id": "qwen.qwen3-32b",
                  "name": "Qwen3 32B (dense)",
                  "provider": "Qwen",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 32000,
                  "max_output_tokens": 8000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "qwen.qwen3-32b-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.15",
                        "output": "0.6"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.075",
                        "batch_output": "0.3",
                        "flex_input": "0.075",
                        "flex_output": "0.3",
                        "priority_input": "0.2625",
                        "priority_output": "1.05"
                      }
                    }
                  ]
                },
                {
                  "id": "qwen.qwen3-coder-30b-a3b",
                  "name": "Qwen3-Coder-30B-A3B-Instruct",
                  "provider": "Qwen",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 16000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "qwen.qwen3-coder-30b-a3b-instruct"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.15",
                        "output": "0.6"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.075",
                        "batch_output": "0.3",
                        "flex_input": "0.075",
                        "flex_output": "0.3",
                        "priority_input": "0.2625",
                        "priority_output": "1.05"
                      }
                    }
                  ]
                },
                {
                  "id": "qwen.qwen3-coder-480b-a35b",
                  "name": "Qwen3-Coder-480B-A35B-Instruct",
                  "provider": "Qwen",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 16000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "qwen.qwen3-coder-480b-a35b-instruct"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.45",
                        "output": "1.8"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.225",
                        "batch_output": "0.9",
                        "flex_input": "0.225",
                        "flex_output": "0.9",
                        "priority_input": "0.7875",
                        "priority_output": "3.15"
                      }
                    }
                  ]
                },
                {
                  "id": "qwen.qwen3-coder-next",
                  "name": "Qwen3 Coder Next",
                  "provider": "Qwen",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 262144,
                  "max_output_tokens": 16384,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-south-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-3"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.3",
                        "flex_output": "0.72",
                        "input": "0.6",
                        "output": "1.44"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.39",
                        "batch_output": "0.93",
                        "flex_input": "0.39",
                        "flex_output": "0.93",
                        "input": "0.78",
                        "output": "1.86",
                        "priority_input": "1.365",
                        "priority_output": "3.255"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.25",
                        "batch_output": "0.6",
                        "flex_input": "0.25",
                        "flex_output": "0.6",
                        "input": "0.5",
                        "output": "1.2",
                        "priority_input": "0.875",
                        "priority_output": "2.1"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.25",
                        "flex_output": "0.6",
                        "input": "0.5",
                        "output": "1.2"
                      }
                    }
                  ]
                },
                {
                  "id": "qwen.qwen3-next-80b-a3b",
                  "name": "Qwen3 Next 80B A3B",
                  "provider": "Qwen",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 262144,
                  "max_output_tokens": 8192,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "qwen.qwen3-next-80b-a3b-instruct"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "sa-east-1",
                        "ap-northeast-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.09",
                        "flex_output": "0.72",
                        "input": "0.18",
                        "output": "1.45",
                        "priority_input": "0.32",
                        "priority_output": "2.54"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.09",
                        "batch_output": "0.71",
                        "flex_input": "0.09",
                        "flex_output": "0.71",
                        "input": "0.18",
                        "output": "1.41",
                        "priority_input": "0.32",
                        "priority_output": "2.47"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.1545",
                        "output": "1.236"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.09",
                        "flex_output": "0.71",
                        "input": "0.18",
                        "output": "1.41",
                        "priority_input": "0.32",
                        "priority_output": "2.47"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "flex_input": "0.12",
                        "flex_output": "0.93",
                        "input": "0.23",
                        "output": "1.86",
                        "priority_input": "0.4",
                        "priority_output": "3.26"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.07",
                        "batch_output": "0.6",
                        "flex_input": "0.07",
                        "flex_output": "0.6",
                        "input": "0.14",
                        "output": "1.2",
                        "priority_input": "0.26",
                        "priority_output": "2.1"
                      }
                    }
                  ]
                },
                {
                  "id": "qwen.qwen3-vl-235b-a22b",
                  "name": "Qwen3-VL-235B-A22B-Instruct",
                  "provider": "Qwen",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 256000,
                  "max_output_tokens": 8000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "qwen.qwen3-vl-235b-a22b-instruct"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.53",
                        "output": "2.66"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.26",
                        "batch_output": "1.33",
                        "flex_input": "0.26",
                        "flex_output": "1.33",
                        "priority_input": "0.93",
                        "priority_output": "4.66"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-conservative-upscale",
                  "name": "Stable Conservative Upscale",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-conservative-upscale-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.4"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.4"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-creative-upscale",
                  "name": "Stable Creative Upscale",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-creative-upscale-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.6"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.6"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-fast-upscale",
                  "name": "Stable Fast Upscale",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-fast-upscale-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.03"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.03"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-image-control-sketch",
                  "name": "Stable Image Control Sketch",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-image-control-sketch-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-image-control-structure",
                  "name": "Stable Image Control Structure",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-image-control-structure-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-image-erase-object",
                  "name": "Stable Image Erase Object",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-image-erase-object-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-image-inpaint",
                  "name": "Stable Image Inpaint",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-image-inpaint-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-image-remove-background",
                  "name": "Stable Image Remove Background",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-image-remove-background-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-image-search-recolor",
                  "name": "Stable Image Search Recolor",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-image-search-recolor-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-image-search-replace",
                  "name": "Stable Image Search Replace",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-image-search-replace-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-image-style-guide",
                  "name": "Stable Image Style Guide",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-image-style-guide-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.07"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-outpaint",
                  "name": "Stable Outpaint",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-outpaint-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.06"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.06"
                      }
                    }
                  ]
                },
                {
                  "id": "stability.stable-style-transfer",
                  "name": "Stable Style Transfer",
                  "provider": "Stability AI",
                  "kind": "image",
                  "architecture": "diffusion",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "stability.stable-style-transfer-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.08"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_to_image": "0.08"
                      }
                    }
                  ]
                },
                {
                  "id": "twelvelabs.marengo-embed-2-7",
                  "name": "Marengo Embed 2.7",
                  "provider": "TwelveLabs",
                  "kind": "multimodal-embedding",
                  "architecture": "embedding",
                  "context_window": 77,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "twelvelabs.marengo-embed-2-7-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_input": "0.0001"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_input": "0.0001"
                      }
                    }
                  ]
                },
                {
                  "id": "twelvelabs.marengo-embed-3-0",
                  "name": "Marengo Embed 3.0",
                  "provider": "TwelveLabs",
                  "kind": "multimodal-embedding",
                  "architecture": "embedding",
                  "context_window": 500,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "twelvelabs.marengo-embed-3-0-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_input": "0.0001"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "image",
                      "source": "LITELLM",
                      "rates": {
                        "image_input": "0.0001"
                      }
                    }
                  ]
                },
                {
                  "id": "twelvelabs.pegasus-1-2",
                  "name": "Pegasus 1.2",
                  "provider": "TwelveLabs",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "facts_source": "LITELLM",
                  "aliases": [
                    "twelvelabs.pegasus-1-2-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "output": "7.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "output": "7.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "output": "7.5"
                      }
                    }
                  ]
                },
                {
                  "id": "twelvelabs.pegasus-1-5",
                  "name": "Pegasus 1.5",
                  "provider": "TwelveLabs",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 261120,
                  "max_output_tokens": 98304,
                  "facts_source": "LITELLM",
                  "aliases": [
                    "twelvelabs.pegasus-1-5-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "output": "7.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "output": "7.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "output": "7.5"
                      }
                    }
                  ]
                },
                {
                  "id": "writer.palmyra-vision-7b",
                  "name": "Writer Palmyra Vision 7B",
                  "provider": "Writer",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 4096,
                  "max_output_tokens": 4096,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.075",
                        "batch_output": "0.3",
                        "flex_input": "0.075",
                        "flex_output": "0.3",
                        "input": "0.15",
                        "output": "0.6",
                        "priority_input": "0.2625",
                        "priority_output": "1.05"
                      }
                    }
                  ]
                },
                {
                  "id": "writer.palmyra-x4",
                  "name": "Palmyra X4",
                  "provider": "Writer",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8192,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "writer.palmyra-x4-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "2.5",
                        "output": "10"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "2.5",
                        "output": "10"
                      }
                    }
                  ]
                },
                {
                  "id": "writer.palmyra-x5",
                  "name": "Palmyra X5",
                  "provider": "Writer",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 128000,
                  "max_output_tokens": 8192,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [
                    "writer.palmyra-x5-v1:0"
                  ],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "input": "0.6",
                        "output": "6"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "input": "0.6",
                        "output": "6"
                      }
                    }
                  ]
                },
                {
                  "id": "xai.grok-4.3",
                  "name": "Grok 4.3",
                  "provider": "xAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1048576,
                  "max_output_tokens": 16384,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.625",
                        "batch_output": "1.25",
                        "cache_read": "0.2",
                        "flex_input": "0.625",
                        "flex_output": "1.25",
                        "input": "1.25",
                        "output": "2.5",
                        "priority_input": "2.1875",
                        "priority_output": "4.375"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.75",
                        "batch_output": "1.5",
                        "cache_read": "0.24",
                        "flex_input": "0.75",
                        "flex_output": "1.5",
                        "input": "1.5",
                        "output": "3",
                        "priority_input": "2.625",
                        "priority_output": "5.25"
                      }
                    }
                  ]
                },
                {
                  "id": "xai.grok-4.6",
                  "name": "Grok 4.6",
                  "provider": "xAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 500000,
                  "max_output_tokens": 500000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.55",
                        "flex_input": "1.1",
                        "flex_output": "3.3",
                        "input": "2.2",
                        "output": "6.6",
                        "priority_input": "3.85",
                        "priority_output": "11.55"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.66",
                        "input": "2.64",
                        "output": "7.92"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.5",
                        "flex_input": "1",
                        "flex_output": "3",
                        "input": "2",
                        "output": "6",
                        "priority_input": "3.5",
                        "priority_output": "10.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.55",
                        "flex_input": "1.1",
                        "flex_output": "3.3",
                        "input": "2.2",
                        "output": "6.6",
                        "priority_input": "3.85",
                        "priority_output": "11.55"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.66",
                        "flex_input": "1.32",
                        "flex_output": "3.96",
                        "input": "2.64",
                        "output": "7.92",
                        "priority_input": "4.62",
                        "priority_output": "13.86"
                      }
                    }
                  ]
                },
                {
                  "id": "xai.grok-4.7",
                  "name": "Grok 4.7",
                  "provider": "xAI",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 524288,
                  "max_output_tokens": 524288,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.55",
                        "flex_input": "1.1",
                        "flex_output": "3.3",
                        "input": "2.2",
                        "output": "6.6",
                        "priority_input": "3.85",
                        "priority_output": "11.55"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "1.32",
                        "batch_output": "3.96",
                        "cache_read": "0.66",
                        "flex_input": "1.32",
                        "flex_output": "3.96",
                        "input": "2.64",
                        "output": "7.92",
                        "priority_input": "4.62",
                        "priority_output": "13.86"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "cache_read": "0.5",
                        "flex_input": "1",
                        "flex_output": "3",
                        "input": "2",
                        "output": "6",
                        "priority_input": "3.5",
                        "priority_output": "10.5"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "1.1",
                        "batch_output": "3.3",
                        "cache_read": "0.55",
                        "flex_input": "1.1",
                        "flex_output": "3.3",
                        "input": "2.2",
                        "output": "6.6",
                        "priority_input": "3.85",
                        "priority_output": "11.55"
                      }
                    },
                    {
                      "regions": [
                        "us-gov-east-1",
                        "us-gov-west-1"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "1.32",
                        "batch_output": "3.96",
                        "cache_read": "0.66",
                        "flex_input": "1.32",
                        "flex_output": "3.96",
                        "input": "2.64",
                        "output": "7.92",
                        "priority_input": "4.62",
                        "priority_output": "13.86"
                      }
                    }
                  ]
                },
                {
                  "id": "zai.glm-4.7",
                  "name": "GLM 4.7",
                  "provider": "Z.ai",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 203000,
                  "max_output_tokens": 128000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.3",
                        "batch_output": "1.1",
                        "flex_input": "0.3",
                        "flex_output": "1.1",
                        "input": "0.6",
                        "output": "2.2",
                        "priority_input": "1.05",
                        "priority_output": "3.85"
                      }
                    }
                  ]
                },
                {
                  "id": "zai.glm-4.7-flash",
                  "name": "GLM 4.7 Flash",
                  "provider": "Z.ai",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 203000,
                  "max_output_tokens": 128000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.035",
                        "batch_output": "0.2",
                        "flex_input": "0.035",
                        "flex_output": "0.2",
                        "input": "0.07",
                        "output": "0.4",
                        "priority_input": "0.1225",
                        "priority_output": "0.7"
                      }
                    }
                  ]
                },
                {
                  "id": "zai.glm-5",
                  "name": "GLM 5",
                  "provider": "Z.ai",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 200000,
                  "max_output_tokens": 128000,
                  "facts_source": "LITELLM",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.5",
                        "batch_output": "1.6",
                        "flex_input": "0.5",
                        "flex_output": "1.6",
                        "input": "1",
                        "output": "3.2",
                        "priority_input": "1.75",
                        "priority_output": "5.6"
                      }
                    }
                  ]
                },
                {
                  "id": "zai.glm-5.3",
                  "name": "GLM 5.3",
                  "provider": "Z.ai",
                  "kind": "text",
                  "architecture": "decoder-only",
                  "context_window": 1000000,
                  "max_output_tokens": 128000,
                  "facts_source": "GENAI-PRICES",
                  "aliases": [],
                  "prices": [
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.312",
                        "cache_write": "2.1",
                        "input": "1.68",
                        "output": "5.28"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-west-2"
                      ],
                      "unit": "1M tokens",
                      "source": "GENAI-PRICES",
                      "rates": {
                        "cache_read": "0.3432",
                        "cache_write": "2.31",
                        "input": "1.848",
                        "output": "5.808"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2"
                      ],
                      "endpoint": "geo",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.924",
                        "batch_output": "2.904",
                        "cache_read": "0.3432",
                        "cache_write": "2.31",
                        "flex_input": "0.924",
                        "flex_output": "2.904",
                        "input": "1.848",
                        "output": "5.808",
                        "priority_input": "3.234",
                        "priority_output": "10.164"
                      }
                    },
                    {
                      "regions": [
                        "us-east-1",
                        "us-east-2",
                        "us-west-1",
                        "us-west-2",
                        "ca-central-1",
                        "sa-east-1",
                        "eu-central-1",
                        "eu-west-1",
                        "eu-west-2",
                        "eu-west-3",
                        "eu-south-1",
                        "eu-north-1",
                        "ap-northeast-1",
                        "ap-south-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "endpoint": "global",
                      "unit": "1M tokens",
                      "source": "LITELLM",
                      "rates": {
                        "batch_input": "0.84",
                        "batch_output": "2.64",
                        "flex_input": "0.84",
                        "flex_output": "2.64",
                        "priority_input": "2.94",
                        "priority_output": "9.24"
                      }
                    }
                  ]
                }
              ],
              "custom_model_import": [
                {
                  "regions": [
                    "us-east-1",
                    "us-west-2"
                  ],
                  "version": "1.0",
                  "unit": "custom model unit-minute",
                  "source": "P",
                  "rates": {
                    "inference": "0.0785"
                  },
                  "note": "billed in 5-minute windows from the first successful inference call; the same table for the Llama, multimodal Llama, Mistral, Mixtral and Flan architectures"
                },
                {
                  "regions": [
                    "us-east-1",
                    "us-west-2"
                  ],
                  "version": "1.0",
                  "unit": "custom model unit-month",
                  "source": "P",
                  "rates": {
                    "storage": "1.95"
                  }
                }
              ]
            }
            """# + "\n",
        "sagemaker.json": #"""
            {
              "schema_version": 1,
              "instances": [
                {
                  "name": "ml.g4dn.xlarge",
                  "accelerator": "NVIDIA T4",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 16,
                  "bandwidth_gb_s": 320,
                  "peak_tflops": 65,
                  "vcpus": 4,
                  "memory_gib": 16,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.7364",
                        "training": "0.7364"
                      }
                    },
                    {
                      "regions": [
                        "af-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.977",
                        "training": "0.977"
                      }
                    },
                    {
                      "regions": [
                        "ap-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.134",
                        "training": "1.134"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.994",
                        "training": "0.994"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.906",
                        "training": "0.906"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.852",
                        "training": "0.852"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-APS1",
                      "rates": {
                        "hosting": "0.811",
                        "training": "0.811"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.03",
                        "training": "1.03"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.958",
                        "training": "0.958"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.818",
                        "training": "0.818"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.921",
                        "training": "0.921"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.781",
                        "training": "0.781"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.862",
                        "training": "0.862"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-BILL",
                      "rates": {
                        "hosting": "0.821",
                        "training": "0.822"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2",
                        "eu-west-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.861",
                        "training": "0.861"
                      }
                    },
                    {
                      "regions": [
                        "me-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.903",
                        "training": "0.903"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.252",
                        "training": "1.252"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.7364",
                        "training": "0.7364"
                      }
                    },
                    {
                      "regions": [
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.883",
                        "training": "0.883"
                      }
                    }
                  ],
                  "note": "ap-northeast-3 (Osaka) g4dn prices are ×1.2 of EC2, not the ×1.40/×1.25 of every other region"
                },
                {
                  "name": "ml.g4dn.2xlarge",
                  "accelerator": "NVIDIA T4",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 16,
                  "bandwidth_gb_s": 320,
                  "peak_tflops": 65,
                  "vcpus": 8,
                  "memory_gib": 32,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.94",
                        "training": "0.94"
                      }
                    },
                    {
                      "regions": [
                        "af-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.248",
                        "training": "1.248"
                      }
                    },
                    {
                      "regions": [
                        "ap-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.447",
                        "training": "1.447"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.269",
                        "training": "1.269"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.156",
                        "training": "1.156"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.218",
                        "training": "1.218"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.035",
                        "training": "1.035"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.315",
                        "training": "1.315"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.222",
                        "training": "1.222"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.044",
                        "training": "1.044"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.175",
                        "training": "1.175"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.998",
                        "training": "0.998"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1",
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.1",
                        "training": "1.1"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.047",
                        "training": "1.047"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.099",
                        "training": "1.099"
                      }
                    },
                    {
                      "regions": [
                        "me-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.153",
                        "training": "1.153"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.598",
                        "training": "1.598"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.94",
                        "training": "0.94"
                      }
                    },
                    {
                      "regions": [
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.127",
                        "training": "1.127"
                      }
                    }
                  ],
                  "note": "ap-northeast-3 (Osaka) g4dn prices are ×1.2 of EC2, not the ×1.40/×1.25 of every other region"
                },
                {
                  "name": "ml.g4dn.4xlarge",
                  "accelerator": "NVIDIA T4",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 16,
                  "bandwidth_gb_s": 320,
                  "peak_tflops": 65,
                  "vcpus": 16,
                  "memory_gib": 64,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.505",
                        "training": "1.505"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.031",
                        "training": "2.031"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.656",
                        "training": "1.656"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.106",
                        "training": "2.106"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.958",
                        "training": "1.958"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.671",
                        "training": "1.671"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.881",
                        "training": "1.881"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.596",
                        "training": "1.596"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-BILL",
                      "rates": {
                        "hosting": "1.678",
                        "training": "1.678"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.761",
                        "training": "1.761"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.557",
                        "training": "2.557"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.505",
                        "training": "1.505"
                      }
                    }
                  ],
                  "note": "ap-northeast-3 (Osaka) g4dn prices are ×1.2 of EC2, not the ×1.40/×1.25 of every other region"
                },
                {
                  "name": "ml.g4dn.8xlarge",
                  "accelerator": "NVIDIA T4",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 16,
                  "bandwidth_gb_s": 320,
                  "peak_tflops": 65,
                  "vcpus": 32,
                  "memory_gib": 128,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.72",
                        "training": "2.72"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.673",
                        "training": "3.673"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.994",
                        "training": "2.994"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.806",
                        "training": "3.806"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.538",
                        "training": "3.538"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.02",
                        "training": "3.02"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.4",
                        "training": "3.4"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.885",
                        "training": "2.885"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.033",
                        "training": "3.033"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.182",
                        "training": "3.182"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "4.622",
                        "training": "4.622"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.72",
                        "training": "2.72"
                      }
                    }
                  ],
                  "note": "ap-northeast-3 (Osaka) g4dn prices are ×1.2 of EC2, not the ×1.40/×1.25 of every other region"
                },
                {
                  "name": "ml.g4dn.12xlarge",
                  "accelerator": "NVIDIA T4",
                  "accelerator_kind": "gpu",
                  "accelerators": 4,
                  "accelerator_memory_gb": 16,
                  "bandwidth_gb_s": 320,
                  "peak_tflops": 65,
                  "vcpus": 48,
                  "memory_gib": 192,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "4.89",
                        "training": "4.89"
                      }
                    },
                    {
                      "regions": [
                        "af-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.488",
                        "training": "6.488"
                      }
                    },
                    {
                      "regions": [
                        "ap-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "7.53",
                        "training": "7.53"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.601",
                        "training": "6.601"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.015",
                        "training": "6.015"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.337",
                        "training": "6.337"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.383",
                        "training": "5.383"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.843",
                        "training": "6.843"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.359",
                        "training": "6.359"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.429",
                        "training": "5.429"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.112",
                        "training": "6.112"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.188",
                        "training": "5.188"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.725",
                        "training": "5.725"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-BILL",
                      "rates": {
                        "hosting": "5.453",
                        "training": "5.453"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.721",
                        "training": "5.721"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.717",
                        "training": "5.717"
                      }
                    },
                    {
                      "regions": [
                        "me-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.998",
                        "training": "5.998"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "8.311",
                        "training": "8.311"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "4.89",
                        "training": "4.89"
                      }
                    },
                    {
                      "regions": [
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.867",
                        "training": "5.867"
                      }
                    }
                  ],
                  "note": "ap-northeast-3 (Osaka) g4dn prices are ×1.2 of EC2, not the ×1.40/×1.25 of every other region"
                },
                {
                  "name": "ml.g4dn.16xlarge",
                  "accelerator": "NVIDIA T4",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 16,
                  "bandwidth_gb_s": 320,
                  "peak_tflops": 65,
                  "vcpus": 64,
                  "memory_gib": 256,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "5.44",
                        "training": "5.44"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "7.344",
                        "training": "7.344"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.989",
                        "training": "5.989"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "7.611",
                        "training": "7.611"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "7.074",
                        "training": "7.074"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.04",
                        "training": "6.04"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.8",
                        "training": "6.8"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.771",
                        "training": "5.771"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.066",
                        "training": "6.066"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.365",
                        "training": "6.365"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "9.246",
                        "training": "9.246"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.44",
                        "training": "5.44"
                      }
                    }
                  ],
                  "note": "ap-northeast-3 (Osaka) g4dn prices are ×1.2 of EC2, not the ×1.40/×1.25 of every other region"
                },
                {
                  "name": "ml.g5.xlarge",
                  "accelerator": "NVIDIA A10G",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 600,
                  "peak_tflops": 70,
                  "vcpus": 4,
                  "memory_gib": 16,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.41",
                        "training": "1.41"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.04",
                        "training": "2.04"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.732",
                        "training": "1.732"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-APS1",
                      "rates": {
                        "hosting": "1.69",
                        "training": "1.69"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.8312",
                        "training": "1.8312"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.971",
                        "training": "1.971"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.56",
                        "training": "1.56"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.761",
                        "training": "1.761"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.494",
                        "training": "1.494"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.484",
                        "training": "1.484"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-BILL",
                      "rates": {
                        "hosting": "1.57",
                        "training": "1.57"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.79",
                        "training": "1.79"
                      }
                    },
                    {
                      "regions": [
                        "il-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.651",
                        "training": "1.651"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.728",
                        "training": "1.728"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.394",
                        "training": "2.394"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.4084",
                        "training": "1.4084"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "1.408",
                        "training": "1.408"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g5.2xlarge",
                  "accelerator": "NVIDIA A10G",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 600,
                  "peak_tflops": 70,
                  "vcpus": 8,
                  "memory_gib": 32,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S2",
                      "rates": {
                        "hosting": "1.515",
                        "training": "1.515"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.2",
                        "training": "2.2"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.863",
                        "training": "1.863"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.8192",
                        "training": "1.8192"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.9698",
                        "training": "1.9698"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.12",
                        "training": "2.12"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.68",
                        "training": "1.68"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.895",
                        "training": "1.895"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.607",
                        "training": "1.607"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.596",
                        "training": "1.596"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.69",
                        "training": "1.69"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.92",
                        "training": "1.92"
                      }
                    },
                    {
                      "regions": [
                        "il-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.776",
                        "training": "1.776"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.858",
                        "training": "1.858"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.576",
                        "training": "2.576"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.515",
                        "training": "1.515"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "training": "1.515"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-JPRAG",
                      "rates": {
                        "hosting": "1.515"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g5.4xlarge",
                  "accelerator": "NVIDIA A10G",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 600,
                  "peak_tflops": 70,
                  "vcpus": 16,
                  "memory_gib": 64,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.03",
                        "training": "2.03"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.94",
                        "training": "2.94"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.4376",
                        "training": "2.4376"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.6394",
                        "training": "2.6394"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.25",
                        "training": "2.25"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.539",
                        "training": "2.539"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.153",
                        "training": "2.153"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.27",
                        "training": "2.27"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "2.58",
                        "training": "2.58"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.451",
                        "training": "3.451"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.03",
                        "training": "2.03"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "2.03",
                        "training": "2.03"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g5.8xlarge",
                  "accelerator": "NVIDIA A10G",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 600,
                  "peak_tflops": 70,
                  "vcpus": 32,
                  "memory_gib": 128,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "3.06",
                        "training": "3.06"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "4.44",
                        "training": "4.44"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.6744",
                        "training": "3.6744"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.9786",
                        "training": "3.9786"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.4",
                        "training": "3.4"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.827",
                        "training": "3.827"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.246",
                        "training": "3.246"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.42",
                        "training": "3.42"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "3.88",
                        "training": "3.88"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.202",
                        "training": "5.202"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.06",
                        "training": "3.06"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "3.06",
                        "training": "3.06"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g5.12xlarge",
                  "accelerator": "NVIDIA A10G",
                  "accelerator_kind": "gpu",
                  "accelerators": 4,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 600,
                  "peak_tflops": 70,
                  "vcpus": 48,
                  "memory_gib": 192,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "7.09",
                        "training": "7.09"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "10.28",
                        "training": "10.28"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "8.718",
                        "training": "8.718"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "8.5136",
                        "training": "8.5136"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "9.2184",
                        "training": "9.2184"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "9.923",
                        "training": "9.923"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "7.87",
                        "training": "7.87"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "8.866",
                        "training": "8.866"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "7.52",
                        "training": "7.52"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "7.471",
                        "training": "7.471"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-BILL",
                      "rates": {
                        "hosting": "7.91",
                        "training": "7.91"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "9",
                        "training": "9"
                      }
                    },
                    {
                      "regions": [
                        "il-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "8.31",
                        "training": "8.31"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "8.697",
                        "training": "8.697"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "8.704",
                        "training": "8.704"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "7.09",
                        "training": "7.09"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "7.09",
                        "training": "7.09"
                      }
                    }
                  ],
                  "note": "AWS's sa-east-1 Studio-notebook file gives ml.g5.12xlarge 8.704 and ml.g5.16xlarge 12.052, which look swapped (EC2 × 1.25 gives 12.05 and 8.70, and the 16xlarge has one GPU against four); the catalog keeps AWS's figures"
                },
                {
                  "name": "ml.g5.16xlarge",
                  "accelerator": "NVIDIA A10G",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 600,
                  "peak_tflops": 70,
                  "vcpus": 64,
                  "memory_gib": 256,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "5.12",
                        "training": "5.12"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "7.43",
                        "training": "7.43"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "6.1481",
                        "training": "6.1481"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "6.657",
                        "training": "6.657"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.68",
                        "training": "5.68"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.403",
                        "training": "6.403"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.431",
                        "training": "5.431"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "5.72",
                        "training": "5.72"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "6.5",
                        "training": "6.5"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "12.052",
                        "training": "12.052"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "5.12",
                        "training": "5.12"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "5.12",
                        "training": "5.12"
                      }
                    }
                  ],
                  "note": "AWS's sa-east-1 Studio-notebook file gives ml.g5.12xlarge 8.704 and ml.g5.16xlarge 12.052, which look swapped (EC2 × 1.25 gives 12.05 and 8.70, and the 16xlarge has one GPU against four); the catalog keeps AWS's figures"
                },
                {
                  "name": "ml.g5.24xlarge",
                  "accelerator": "NVIDIA A10G",
                  "accelerator_kind": "gpu",
                  "accelerators": 4,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 600,
                  "peak_tflops": 70,
                  "vcpus": 96,
                  "memory_gib": 384,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "10.18",
                        "training": "10.18"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "14.76",
                        "training": "14.76"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "12.2241",
                        "training": "12.2241"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "13.236",
                        "training": "13.236"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "11.3",
                        "training": "11.3"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "12.73",
                        "training": "12.73"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "10.797",
                        "training": "10.797"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "11.36",
                        "training": "11.36"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "12.92",
                        "training": "12.92"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "17.304",
                        "training": "17.304"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "10.18",
                        "training": "10.18"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "10.18",
                        "training": "10.18"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g5.48xlarge",
                  "accelerator": "NVIDIA A10G",
                  "accelerator_kind": "gpu",
                  "accelerators": 8,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 600,
                  "peak_tflops": 70,
                  "vcpus": 192,
                  "memory_gib": 768,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "20.36",
                        "training": "20.36"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "29.53",
                        "training": "29.53"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "25.04",
                        "training": "25.04"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "24.4482",
                        "training": "24.4482"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "26.472",
                        "training": "26.472"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "28.5",
                        "training": "28.5"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "22.61",
                        "training": "22.61"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "25.46",
                        "training": "25.46"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "21.595",
                        "training": "21.595"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "21.453",
                        "training": "21.453"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "22.73",
                        "training": "22.73"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "25.84",
                        "training": "25.84"
                      }
                    },
                    {
                      "regions": [
                        "il-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "23.86",
                        "training": "23.86"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "24.97",
                        "training": "24.97"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "34.608",
                        "training": "34.608"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "20.36",
                        "training": "20.36"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "20.36",
                        "training": "20.36"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6.xlarge",
                  "accelerator": "NVIDIA L4",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 300,
                  "peak_tflops": 121,
                  "vcpus": 4,
                  "memory_gib": 16,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.127",
                        "training": "1.127"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-APN1",
                      "rates": {
                        "hosting": "1.6341",
                        "training": "1.634"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.385",
                        "training": "1.385"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-APS1",
                      "rates": {
                        "hosting": "1.353",
                        "training": "1.353"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.465",
                        "training": "1.465"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.251",
                        "training": "1.251"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.409",
                        "training": "1.409"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.195",
                        "training": "1.195"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.187",
                        "training": "1.187"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.4302",
                        "training": "1.4302"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.43",
                        "training": "1.43"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.384",
                        "training": "1.384"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.9152",
                        "training": "1.9152"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-G6USE2",
                      "rates": {
                        "hosting": "1.1267",
                        "training": "1.1267"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "1.127",
                        "training": "1.127"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6.2xlarge",
                  "accelerator": "NVIDIA L4",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 300,
                  "peak_tflops": 121,
                  "vcpus": 8,
                  "memory_gib": 32,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.222",
                        "training": "1.222"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.7723",
                        "training": "1.7723"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.4674",
                        "training": "1.4674"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.5888",
                        "training": "1.5888"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.3568",
                        "training": "1.3568"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.5281",
                        "training": "1.5281"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.2961",
                        "training": "1.2961"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.5512",
                        "training": "1.5512"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.0772",
                        "training": "2.0772"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.222",
                        "training": "1.222"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "1.222",
                        "training": "1.222"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6.4xlarge",
                  "accelerator": "NVIDIA L4",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 300,
                  "peak_tflops": 121,
                  "vcpus": 16,
                  "memory_gib": 64,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.654",
                        "training": "1.654"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.3988",
                        "training": "2.3988"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.9861",
                        "training": "1.9861"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.1505",
                        "training": "2.1505"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.8365",
                        "training": "1.8365"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.0683",
                        "training": "2.0683"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.7543",
                        "training": "1.7543"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.0996",
                        "training": "2.0996"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.8115",
                        "training": "2.8115"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.654",
                        "training": "1.654"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "1.654",
                        "training": "1.654"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6.8xlarge",
                  "accelerator": "NVIDIA L4",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 300,
                  "peak_tflops": 121,
                  "vcpus": 32,
                  "memory_gib": 128,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.518",
                        "training": "2.518"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.6518",
                        "training": "3.6518"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.0236",
                        "training": "3.0236"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.2739",
                        "training": "3.2739"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.7958",
                        "training": "2.7958"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.1488",
                        "training": "3.1488"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.6707",
                        "training": "2.6707"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.1963",
                        "training": "3.1963"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "4.2801",
                        "training": "4.2801"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.518",
                        "training": "2.518"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "2.518",
                        "training": "2.518"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6.12xlarge",
                  "accelerator": "NVIDIA L4",
                  "accelerator_kind": "gpu",
                  "accelerators": 4,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 300,
                  "peak_tflops": 121,
                  "vcpus": 48,
                  "memory_gib": 192,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "5.752",
                        "training": "5.752"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "8.3421",
                        "training": "8.3421"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "7.073",
                        "training": "7.073"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "6.907",
                        "training": "6.907"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "7.4787",
                        "training": "7.4787"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "6.3867",
                        "training": "6.3867"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "7.1929",
                        "training": "7.1929"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "6.1008",
                        "training": "6.1008"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "6.061",
                        "training": "6.061"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "7.3015",
                        "training": "7.3015"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "7.301",
                        "training": "7.301"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "7.063",
                        "training": "7.063"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "9.7773",
                        "training": "9.7773"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "5.752",
                        "training": "5.752"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "5.752",
                        "training": "5.752"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6.16xlarge",
                  "accelerator": "NVIDIA L4",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 300,
                  "peak_tflops": 121,
                  "vcpus": 64,
                  "memory_gib": 256,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "4.246",
                        "training": "4.246"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "6.158",
                        "training": "6.158"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "5.0986",
                        "training": "5.0986"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "5.5206",
                        "training": "5.5206"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "4.7145",
                        "training": "4.7145"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "5.3096",
                        "training": "5.3096"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "4.5035",
                        "training": "4.5035"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "5.3898",
                        "training": "5.3898"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "7.2173",
                        "training": "7.2173"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "4.246",
                        "training": "4.246"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6.24xlarge",
                  "accelerator": "NVIDIA L4",
                  "accelerator_kind": "gpu",
                  "accelerators": 4,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 300,
                  "peak_tflops": 121,
                  "vcpus": 96,
                  "memory_gib": 384,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "8.344",
                        "training": "8.344"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "12.1013",
                        "training": "12.1013"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "10.0194",
                        "training": "10.0194"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "10.8489",
                        "training": "10.8489"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "9.2647",
                        "training": "9.2647"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "10.4341",
                        "training": "10.4341"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "8.8499",
                        "training": "8.8499"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "10.5917",
                        "training": "10.5917"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "14.1831",
                        "training": "14.1831"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "8.344",
                        "training": "8.344"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "8.344",
                        "training": "8.344"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6.48xlarge",
                  "accelerator": "NVIDIA L4",
                  "accelerator_kind": "gpu",
                  "accelerators": 8,
                  "accelerator_memory_gb": 24,
                  "bandwidth_gb_s": 300,
                  "peak_tflops": 121,
                  "vcpus": 192,
                  "memory_gib": 768,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "16.688",
                        "training": "16.688"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "24.2026",
                        "training": "24.2026"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "20.0389",
                        "training": "20.0389"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "21.6977",
                        "training": "21.6977"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "18.5293",
                        "training": "18.5293"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "20.8683",
                        "training": "20.8683"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "17.6999",
                        "training": "17.6999"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "21.1835",
                        "training": "21.1835"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "28.3663",
                        "training": "28.3663"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "16.688",
                        "training": "16.688"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "16.688",
                        "training": "16.688"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6e.xlarge",
                  "accelerator": "NVIDIA L40S",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 48,
                  "bandwidth_gb_s": 864,
                  "peak_tflops": 362,
                  "vcpus": 4,
                  "memory_gib": 32,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.61",
                        "training": "2.61"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.7786",
                        "training": "3.7786"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.203",
                        "training": "3.203"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.2578",
                        "training": "3.2578"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.7636",
                        "training": "2.7636"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.745",
                        "training": "2.745"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.6054",
                        "training": "2.6054"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "2.61",
                        "training": "2.61"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6e.2xlarge",
                  "accelerator": "NVIDIA L40S",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 48,
                  "bandwidth_gb_s": 864,
                  "peak_tflops": 362,
                  "vcpus": 8,
                  "memory_gib": 64,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.80",
                        "training": "2.80"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "4.0646",
                        "training": "4.0646"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.5044",
                        "training": "3.5044"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.9728",
                        "training": "2.9728"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.8026",
                        "training": "2.8026"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "2.80",
                        "training": "2.80"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6e.4xlarge",
                  "accelerator": "NVIDIA L40S",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 48,
                  "bandwidth_gb_s": 864,
                  "peak_tflops": 362,
                  "vcpus": 16,
                  "memory_gib": 128,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "3.76",
                        "training": "3.76"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "5.4463",
                        "training": "5.4463"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "4.6956",
                        "training": "4.6956"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.9833",
                        "training": "3.9833"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.7553",
                        "training": "3.7553"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "3.76",
                        "training": "3.76"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6e.8xlarge",
                  "accelerator": "NVIDIA L40S",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 48,
                  "bandwidth_gb_s": 864,
                  "peak_tflops": 362,
                  "vcpus": 32,
                  "memory_gib": 256,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "5.66",
                        "training": "5.66"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "8.2097",
                        "training": "8.2097"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "7.0781",
                        "training": "7.0781"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "6.0044",
                        "training": "6.0044"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "5.6607",
                        "training": "5.6607"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "5.66",
                        "training": "5.66"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6e.12xlarge",
                  "accelerator": "NVIDIA L40S",
                  "accelerator_kind": "gpu",
                  "accelerators": 4,
                  "accelerator_memory_gb": 48,
                  "bandwidth_gb_s": 864,
                  "peak_tflops": 362,
                  "vcpus": 48,
                  "memory_gib": 384,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "13.12",
                        "training": "13.12"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "19.0218",
                        "training": "19.0218"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "16.13",
                        "training": "16.13"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "16.4",
                        "training": "16.4"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "13.9122",
                        "training": "13.9122"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "13.82",
                        "training": "13.82"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "13.1158",
                        "training": "13.1158"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "13.12",
                        "training": "13.12"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6e.16xlarge",
                  "accelerator": "NVIDIA L40S",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 48,
                  "bandwidth_gb_s": 864,
                  "peak_tflops": 362,
                  "vcpus": 64,
                  "memory_gib": 512,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "9.47",
                        "training": "9.47"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "13.7365",
                        "training": "13.7365"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "11.8432",
                        "training": "11.8432"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "10.0466",
                        "training": "10.0466"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "9.4715",
                        "training": "9.4715"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6e.24xlarge",
                  "accelerator": "NVIDIA L40S",
                  "accelerator_kind": "gpu",
                  "accelerators": 4,
                  "accelerator_memory_gb": 48,
                  "bandwidth_gb_s": 864,
                  "peak_tflops": 362,
                  "vcpus": 96,
                  "memory_gib": 768,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "18.83",
                        "training": "18.83"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "27.3119",
                        "training": "27.3119"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "23.5476",
                        "training": "23.5476"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "19.9755",
                        "training": "19.9755"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "18.832",
                        "training": "18.832"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "18.83",
                        "training": "18.83"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.g6e.48xlarge",
                  "accelerator": "NVIDIA L40S",
                  "accelerator_kind": "gpu",
                  "accelerators": 8,
                  "accelerator_memory_gb": 48,
                  "bandwidth_gb_s": 864,
                  "peak_tflops": 362,
                  "vcpus": 192,
                  "memory_gib": 1536,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "37.66",
                        "training": "37.66"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "54.6239",
                        "training": "54.6239"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "47.0951",
                        "training": "47.0951"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "39.9509",
                        "training": "39.9509"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "37.664",
                        "training": "37.664"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "37.66",
                        "training": "37.66"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.p4d.24xlarge",
                  "accelerator": "NVIDIA A100 40GB",
                  "accelerator_kind": "gpu",
                  "accelerators": 8,
                  "accelerator_memory_gb": 40,
                  "bandwidth_gb_s": 1555,
                  "peak_tflops": 312,
                  "vcpus": 96,
                  "memory_gib": 1152,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "25.2513",
                        "training": "25.2513"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "34.6125",
                        "training": "34.6125"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "34.9718",
                        "training": "34.9718"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "30.2961",
                        "training": "30.2961"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "30.3015",
                        "training": "30.3015"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "32.8267",
                        "training": "32.8267"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "29.0395",
                        "training": "29.0395"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "31.5479",
                        "training": "31.5479"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "27.273",
                        "training": "27.273"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "27.273",
                        "training": "27.273"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "32.8267",
                        "training": "32.8267"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "40.8904",
                        "training": "40.8904"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "25.2513",
                        "training": "25.2513"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.p4de.24xlarge",
                  "accelerator": "NVIDIA A100 80GB",
                  "accelerator_kind": "gpu",
                  "accelerators": 8,
                  "accelerator_memory_gb": 80,
                  "bandwidth_gb_s": 2039,
                  "peak_tflops": 312,
                  "vcpus": 96,
                  "memory_gib": 1152,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "31.5641",
                        "training": "31.5641"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "43.2656",
                        "training": "43.2656"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "37.8769",
                        "training": "37.8769"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "39.4349",
                        "training": "39.4349"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "31.5641",
                        "training": "31.5641"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.p5.4xlarge",
                  "accelerator": "NVIDIA H100",
                  "accelerator_kind": "gpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": 80,
                  "bandwidth_gb_s": 3350,
                  "peak_tflops": 989,
                  "vcpus": 16,
                  "memory_gib": 256,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "7.912",
                        "training": "7.912"
                      }
                    },
                    {
                      "regions": [
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
                      "rates": {
                        "hosting": "7.912",
                        "training": "7.912"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.p5.48xlarge",
                  "accelerator": "NVIDIA H100",
                  "accelerator_kind": "gpu",
                  "accelerators": 8,
                  "accelerator_memory_gb": 80,
                  "bandwidth_gb_s": 3350,
                  "peak_tflops": 989,
                  "vcpus": 192,
                  "memory_gib": 2048,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "63.296",
                        "training": "63.296"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "79.12",
                        "training": "79.12"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "75.9552",
                        "training": "75.9552"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2",
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "82.2848",
                        "training": "82.2848"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "87.35",
                        "training": "87.35"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "72.7904",
                        "training": "72.7904"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "67.7267",
                        "training": "67.7267"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "106.337",
                        "training": "106.337"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "63.296",
                        "training": "63.296"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.p5en.48xlarge",
                  "accelerator": "NVIDIA H200",
                  "accelerator_kind": "gpu",
                  "accelerators": 8,
                  "accelerator_memory_gb": 141,
                  "bandwidth_gb_s": 4800,
                  "peak_tflops": 989,
                  "vcpus": 192,
                  "memory_gib": 2048,
                  "hardware_source": "HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-2"
                      ],
                      "unit": "hour",
                      "source": "SM-P5EN",
                      "rates": {
                        "hosting": "72.795",
                        "training": "72.795"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.inf2.xlarge",
                  "accelerator": "AWS Inferentia2",
                  "accelerator_kind": "neuron",
                  "accelerators": 1,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": 880,
                  "peak_tflops": 190,
                  "vcpus": 4,
                  "memory_gib": 16,
                  "hardware_source": "NEURON",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.99",
                        "training": "0.99"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "eu-central-1",
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.485",
                        "training": "1.485"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.188",
                        "training": "1.188"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.287",
                        "training": "1.287"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "eu-west-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.386",
                        "training": "1.386"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.089",
                        "training": "1.089"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.2375",
                        "training": "1.2375"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.683",
                        "training": "1.683"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.99",
                        "training": "0.99"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.inf2.8xlarge",
                  "accelerator": "AWS Inferentia2",
                  "accelerator_kind": "neuron",
                  "accelerators": 1,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": 880,
                  "peak_tflops": 190,
                  "vcpus": 32,
                  "memory_gib": 128,
                  "hardware_source": "NEURON",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.36",
                        "training": "2.36"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "eu-central-1",
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.5421",
                        "training": "3.5421"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.0699",
                        "training": "3.0699"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "3.306",
                        "training": "3.306"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.5976",
                        "training": "2.5976"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.9518",
                        "training": "2.9518"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "4.0144",
                        "training": "4.0144"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "2.3614",
                        "training": "2.3614"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.inf2.24xlarge",
                  "accelerator": "AWS Inferentia2",
                  "accelerator_kind": "neuron",
                  "accelerators": 6,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": 880,
                  "peak_tflops": 190,
                  "vcpus": 96,
                  "memory_gib": 384,
                  "hardware_source": "NEURON",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "7.79",
                        "training": "7.79"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "eu-central-1",
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "11.6831",
                        "training": "11.6831"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "10.1254",
                        "training": "10.1254"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "10.9043",
                        "training": "10.9043"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "8.5676",
                        "training": "8.5676"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "9.7359",
                        "training": "9.7359"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "13.2409",
                        "training": "13.2409"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "7.7888",
                        "training": "7.7888"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.inf2.48xlarge",
                  "accelerator": "AWS Inferentia2",
                  "accelerator_kind": "neuron",
                  "accelerators": 12,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": 880,
                  "peak_tflops": 190,
                  "vcpus": 192,
                  "memory_gib": 768,
                  "hardware_source": "NEURON",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "15.58",
                        "training": "15.58"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "eu-central-1",
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "23.3663",
                        "training": "23.3663"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "20.2508",
                        "training": "20.2508"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "21.8085",
                        "training": "21.8085"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "17.1353",
                        "training": "17.1353"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "19.4719",
                        "training": "19.4719"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "21.81",
                        "training": "21.81"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "26.4818",
                        "training": "26.4818"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "15.5775",
                        "training": "15.5775"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.trn1.2xlarge",
                  "accelerator": "AWS Trainium",
                  "accelerator_kind": "neuron",
                  "accelerators": 1,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": 880,
                  "peak_tflops": 190,
                  "vcpus": 8,
                  "memory_gib": 32,
                  "hardware_source": "NEURON",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.54",
                        "training": "1.54"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.54",
                        "training": "1.54"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.trn1.32xlarge",
                  "accelerator": "AWS Trainium",
                  "accelerator_kind": "neuron",
                  "accelerators": 16,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": 880,
                  "peak_tflops": 190,
                  "vcpus": 128,
                  "memory_gib": 512,
                  "hardware_source": "NEURON",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "24.73",
                        "training": "24.73"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "24.73",
                        "training": "24.73"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c5.large",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "4.29",
                  "bandwidth_gb_s": "3.0",
                  "peak_tflops": "0.16",
                  "vcpus": 2,
                  "memory_gib": 4,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.102",
                        "training": "0.102"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.128",
                        "training": "0.128"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.102",
                        "training": "0.102"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.118",
                        "training": "0.118"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.133",
                        "training": "0.133"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.112",
                        "training": "0.112"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.116",
                        "training": "0.116"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.109",
                        "training": "0.109"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.115",
                        "training": "0.115"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.121",
                        "training": "0.121"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.157",
                        "training": "0.157"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c5.xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "8.59",
                  "bandwidth_gb_s": "6.0",
                  "peak_tflops": "0.32",
                  "vcpus": 4,
                  "memory_gib": 8,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.204",
                        "training": "0.204"
                      }
                    },
                    {
                      "regions": [
                        "af-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.274",
                        "training": "0.274"
                      }
                    },
                    {
                      "regions": [
                        "ap-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.259",
                        "training": "0.259"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "ap-northeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.257",
                        "training": "0.257"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2",
                        "eu-south-2",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.23",
                        "training": "0.23"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.204",
                        "training": "0.204"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.235",
                        "training": "0.235"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.266",
                        "training": "0.266"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.24",
                        "training": "0.24"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.223",
                        "training": "0.223"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.233",
                        "training": "0.233"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.218",
                        "training": "0.218"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1",
                        "eu-west-2",
                        "eu-west-3",
                        "il-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.242",
                        "training": "0.242"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1",
                        "me-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.253",
                        "training": "0.253"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.314",
                        "training": "0.314"
                      }
                    },
                    {
                      "regions": [
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.254",
                        "training": "0.254"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c5.2xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "17.18",
                  "bandwidth_gb_s": "12.0",
                  "peak_tflops": "0.64",
                  "vcpus": 8,
                  "memory_gib": 16,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.408",
                        "training": "0.408"
                      }
                    },
                    {
                      "regions": [
                        "af-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.547",
                        "training": "0.547"
                      }
                    },
                    {
                      "regions": [
                        "ap-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.518",
                        "training": "0.518"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "ap-northeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.514",
                        "training": "0.514"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2",
                        "eu-south-2",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.461",
                        "training": "0.461"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.408",
                        "training": "0.408"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.47",
                        "training": "0.47"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.533",
                        "training": "0.533"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.468",
                        "training": "0.468"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.446",
                        "training": "0.446"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.466",
                        "training": "0.466"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.437",
                        "training": "0.437"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1",
                        "eu-west-2",
                        "eu-west-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.485",
                        "training": "0.485"
                      }
                    },
                    {
                      "regions": [
                        "il-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.484",
                        "training": "0.484"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1",
                        "me-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.506",
                        "training": "0.506"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.629",
                        "training": "0.629"
                      }
                    },
                    {
                      "regions": [
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.509",
                        "training": "0.509"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c5.4xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": "24.0",
                  "peak_tflops": "1.28",
                  "vcpus": 16,
                  "memory_gib": 32,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.816",
                        "training": "0.816"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.027",
                        "training": "1.027"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.816",
                        "training": "0.816"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.941",
                        "training": "0.941"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.066",
                        "training": "1.066"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.893",
                        "training": "0.893"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.931",
                        "training": "0.931"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.874",
                        "training": "0.874"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.922",
                        "training": "0.922"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.97",
                        "training": "0.97"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.258",
                        "training": "1.258"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c5.9xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "77.31",
                  "bandwidth_gb_s": "54.0",
                  "peak_tflops": "2.88",
                  "vcpus": 36,
                  "memory_gib": 72,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.836",
                        "training": "1.836"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c5.12xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "103.08",
                  "bandwidth_gb_s": "72.0",
                  "peak_tflops": "3.84",
                  "vcpus": 48,
                  "memory_gib": 96,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.448",
                        "training": "2.448"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c5.18xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "154.62",
                  "bandwidth_gb_s": "108.0",
                  "peak_tflops": "5.76",
                  "vcpus": 72,
                  "memory_gib": 144,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "3.672",
                        "training": "3.672"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c5.24xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "206.16",
                  "bandwidth_gb_s": "144.0",
                  "peak_tflops": "7.68",
                  "vcpus": 96,
                  "memory_gib": 192,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "4.896",
                        "training": "4.896"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c6i.large",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "4.29",
                  "bandwidth_gb_s": "3.2",
                  "peak_tflops": "0.192",
                  "vcpus": 2,
                  "memory_gib": 4,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.102",
                        "training": "0.102"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1284",
                        "training": "0.1284"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.102",
                        "training": "0.102"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1176",
                        "training": "0.1176"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1332",
                        "training": "0.1332"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1116",
                        "training": "0.1116"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1164",
                        "training": "0.1164"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1092",
                        "training": "0.1092"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1094",
                        "training": "0.1094"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1212",
                        "training": "0.1212"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1572",
                        "training": "0.1572"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c6i.xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "8.59",
                  "bandwidth_gb_s": "6.4",
                  "peak_tflops": "0.384",
                  "vcpus": 4,
                  "memory_gib": 8,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.204",
                        "training": "0.204"
                      }
                    },
                    {
                      "regions": [
                        "af-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2736",
                        "training": "0.2736"
                      }
                    },
                    {
                      "regions": [
                        "ap-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2592",
                        "training": "0.2592"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "ap-northeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2568",
                        "training": "0.2568"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2304",
                        "training": "0.2304"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.204",
                        "training": "0.204"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2352",
                        "training": "0.2352"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2664",
                        "training": "0.2664"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2232",
                        "training": "0.2232"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2328",
                        "training": "0.2328"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2184",
                        "training": "0.2184"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1",
                        "eu-west-2",
                        "eu-west-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2424",
                        "training": "0.2424"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2189",
                        "training": "0.2189"
                      }
                    },
                    {
                      "regions": [
                        "il-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2298",
                        "training": "0.2298"
                      }
                    },
                    {
                      "regions": [
                        "me-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2534",
                        "training": "0.2534"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.3144",
                        "training": "0.3144"
                      }
                    },
                    {
                      "regions": [
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2544",
                        "training": "0.2544"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c6i.2xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "17.18",
                  "bandwidth_gb_s": "12.8",
                  "peak_tflops": "0.768",
                  "vcpus": 8,
                  "memory_gib": 16,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.408",
                        "training": "0.408"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.5136",
                        "training": "0.5136"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.408",
                        "training": "0.408"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4704",
                        "training": "0.4704"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.5328",
                        "training": "0.5328"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4464",
                        "training": "0.4464"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4656",
                        "training": "0.4656"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4368",
                        "training": "0.4368"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4378",
                        "training": "0.4378"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4848",
                        "training": "0.4848"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.6288",
                        "training": "0.6288"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c6i.4xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": "25.6",
                  "peak_tflops": "1.536",
                  "vcpus": 16,
                  "memory_gib": 32,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.816",
                        "training": "0.816"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.0272",
                        "training": "1.0272"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.816",
                        "training": "0.816"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.9408",
                        "training": "0.9408"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.0656",
                        "training": "1.0656"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.8928",
                        "training": "0.8928"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.9312",
                        "training": "0.9312"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.8736",
                        "training": "0.8736"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.8755",
                        "training": "0.8755"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.9696",
                        "training": "0.9696"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.2576",
                        "training": "1.2576"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c6i.8xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "68.72",
                  "bandwidth_gb_s": "51.2",
                  "peak_tflops": "3.072",
                  "vcpus": 32,
                  "memory_gib": 64,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.632",
                        "training": "1.632"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-APS1",
                      "rates": {
                        "hosting": "1.632",
                        "training": "1.632"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c6i.12xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "103.08",
                  "bandwidth_gb_s": "76.8",
                  "peak_tflops": "4.608",
                  "vcpus": 48,
                  "memory_gib": 96,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.448",
                        "training": "2.448"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c6i.16xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "137.44",
                  "bandwidth_gb_s": "102.4",
                  "peak_tflops": "6.144",
                  "vcpus": 64,
                  "memory_gib": 128,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "3.264",
                        "training": "3.264"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c6i.24xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "206.16",
                  "bandwidth_gb_s": "153.6",
                  "peak_tflops": "9.216",
                  "vcpus": 96,
                  "memory_gib": 192,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "4.896",
                        "training": "4.896"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c6i.32xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "274.88",
                  "bandwidth_gb_s": "204.8",
                  "peak_tflops": "12.288",
                  "vcpus": 128,
                  "memory_gib": 256,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "6.528",
                        "training": "6.528"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c7i.large",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "4.29",
                  "bandwidth_gb_s": "6.4",
                  "peak_tflops": "0.192",
                  "vcpus": 2,
                  "memory_gib": 4,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.107",
                        "training": "0.107"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1348",
                        "training": "0.1348"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1071",
                        "training": "0.1071"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1235",
                        "training": "0.1235"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1399",
                        "training": "0.1399"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1172",
                        "training": "0.1172"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1222",
                        "training": "0.1222"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1147",
                        "training": "0.1147"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1149",
                        "training": "0.1149"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1273",
                        "training": "0.1273"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1651",
                        "training": "0.1651"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c7i.xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "8.59",
                  "bandwidth_gb_s": "12.8",
                  "peak_tflops": "0.384",
                  "vcpus": 4,
                  "memory_gib": 8,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.214",
                        "training": "0.214"
                      }
                    },
                    {
                      "regions": [
                        "ap-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2722",
                        "training": "0.2722"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "ap-northeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2696",
                        "training": "0.2696"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2419",
                        "training": "0.2419"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2142",
                        "training": "0.2142"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.247",
                        "training": "0.247"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2797",
                        "training": "0.2797"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2344",
                        "training": "0.2344"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2444",
                        "training": "0.2444"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2293",
                        "training": "0.2293"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-2",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2298",
                        "training": "0.2298"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2",
                        "eu-west-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2545",
                        "training": "0.2545"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2574",
                        "training": "0.2574"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.3301",
                        "training": "0.3301"
                      }
                    },
                    {
                      "regions": [
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2671",
                        "training": "0.2671"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c7i.2xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "17.18",
                  "bandwidth_gb_s": "25.6",
                  "peak_tflops": "0.768",
                  "vcpus": 8,
                  "memory_gib": 16,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.428",
                        "training": "0.428"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.5393",
                        "training": "0.5393"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4284",
                        "training": "0.4284"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4939",
                        "training": "0.4939"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.5594",
                        "training": "0.5594"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4687",
                        "training": "0.4687"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4889",
                        "training": "0.4889"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4586",
                        "training": "0.4586"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4596",
                        "training": "0.4596"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.509",
                        "training": "0.509"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.6602",
                        "training": "0.6602"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c7i.4xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": "51.2",
                  "peak_tflops": "1.536",
                  "vcpus": 16,
                  "memory_gib": 32,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.857",
                        "training": "0.857"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.0786",
                        "training": "1.0786"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1",
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.8568",
                        "training": "0.8568"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.9878",
                        "training": "0.9878"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.1189",
                        "training": "1.1189"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.9374",
                        "training": "0.9374"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.9778",
                        "training": "0.9778"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.9173",
                        "training": "0.9173"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.9193",
                        "training": "0.9193"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.0181",
                        "training": "1.0181"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.3205",
                        "training": "1.3205"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c7i.8xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "68.72",
                  "bandwidth_gb_s": "102.4",
                  "peak_tflops": "3.072",
                  "vcpus": 32,
                  "memory_gib": 64,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.714",
                        "training": "1.714"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c7i.12xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "103.08",
                  "bandwidth_gb_s": "153.6",
                  "peak_tflops": "4.608",
                  "vcpus": 48,
                  "memory_gib": 96,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.57",
                        "training": "2.57"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c7i.16xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "137.44",
                  "bandwidth_gb_s": "204.8",
                  "peak_tflops": "6.144",
                  "vcpus": 64,
                  "memory_gib": 128,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "3.427",
                        "training": "3.427"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c7i.24xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "206.16",
                  "bandwidth_gb_s": "307.2",
                  "peak_tflops": "9.216",
                  "vcpus": 96,
                  "memory_gib": 192,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "5.141",
                        "training": "5.141"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.c7i.48xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "412.32",
                  "bandwidth_gb_s": "614.4",
                  "peak_tflops": "18.432",
                  "vcpus": 192,
                  "memory_gib": 384,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "10.282",
                        "training": "10.282"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m5.large",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "8.59",
                  "bandwidth_gb_s": "3.0",
                  "peak_tflops": "0.16",
                  "vcpus": 2,
                  "memory_gib": 8,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.115",
                        "training": "0.115"
                      }
                    },
                    {
                      "regions": [
                        "af-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.152",
                        "training": "0.152"
                      }
                    },
                    {
                      "regions": [
                        "ap-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.158",
                        "training": "0.158"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "ap-northeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.149",
                        "training": "0.149"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2",
                        "me-central-1",
                        "me-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.142",
                        "training": "0.142"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.121",
                        "training": "0.121"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.144",
                        "training": "0.144"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-south-2",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.128",
                        "training": "0.128"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.138",
                        "training": "0.138"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.122",
                        "training": "0.122"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1",
                        "eu-west-3",
                        "il-central-1",
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.134",
                        "training": "0.134"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.133",
                        "training": "0.133"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.184",
                        "training": "0.184"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.115",
                        "training": "0.115"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m5.xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "17.18",
                  "bandwidth_gb_s": "6.0",
                  "peak_tflops": "0.32",
                  "vcpus": 4,
                  "memory_gib": 16,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.23",
                        "training": "0.23"
                      }
                    },
                    {
                      "regions": [
                        "af-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.305",
                        "training": "0.305"
                      }
                    },
                    {
                      "regions": [
                        "ap-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.317",
                        "training": "0.317"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "ap-northeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.298",
                        "training": "0.298"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.283",
                        "training": "0.283"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-APS1",
                      "rates": {
                        "hosting": "0.242",
                        "training": "0.242"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.288",
                        "training": "0.288"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-south-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.257",
                        "training": "0.257"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.276",
                        "training": "0.276"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.245",
                        "training": "0.245"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1",
                        "eu-west-3",
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.269",
                        "training": "0.269"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-BILL",
                      "rates": {
                        "hosting": "0.257",
                        "training": "0.257"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.266",
                        "training": "0.266"
                      }
                    },
                    {
                      "regions": [
                        "il-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.27",
                        "training": "0.27"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1",
                        "me-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.282",
                        "training": "0.282"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.367",
                        "training": "0.367"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.23",
                        "training": "0.23"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m5.2xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": "12.0",
                  "peak_tflops": "0.64",
                  "vcpus": 8,
                  "memory_gib": 32,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.461",
                        "training": "0.461"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.595",
                        "training": "0.595"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.485",
                        "training": "0.485"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.576",
                        "training": "0.576"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.514",
                        "training": "0.514"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.552",
                        "training": "0.552"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.49",
                        "training": "0.49"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.533",
                        "training": "0.533"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.734",
                        "training": "0.734"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.461",
                        "training": "0.461"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m5.4xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "68.72",
                  "bandwidth_gb_s": "24.0",
                  "peak_tflops": "1.28",
                  "vcpus": 16,
                  "memory_gib": 64,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.922",
                        "training": "0.922"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.19",
                        "training": "1.19"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-APS1",
                      "rates": {
                        "hosting": "0.97",
                        "training": "0.97"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.152",
                        "training": "1.152"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.027",
                        "training": "1.027"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.104",
                        "training": "1.104"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.979",
                        "training": "0.979"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.066",
                        "training": "1.066"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "1.469",
                        "training": "1.469"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-NB",
                      "rates": {
                        "hosting": "0.922",
                        "training": "0.922"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m5.8xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "137.44",
                  "bandwidth_gb_s": "48.0",
                  "peak_tflops": "2.56",
                  "vcpus": 32,
                  "memory_gib": 128,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.843",
                        "training": "1.843"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m5.12xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "206.16",
                  "bandwidth_gb_s": "72.0",
                  "peak_tflops": "3.84",
                  "vcpus": 48,
                  "memory_gib": 192,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.765",
                        "training": "2.765"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m5.16xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "274.88",
                  "bandwidth_gb_s": "96.0",
                  "peak_tflops": "5.12",
                  "vcpus": 64,
                  "memory_gib": 256,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "3.686",
                        "training": "3.686"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m5.24xlarge",
                  "accelerator": "Intel Xeon Platinum (Skylake/Cascade Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "412.32",
                  "bandwidth_gb_s": "144.0",
                  "peak_tflops": "7.68",
                  "vcpus": 96,
                  "memory_gib": 384,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "5.53",
                        "training": "5.53"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m6i.large",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "8.59",
                  "bandwidth_gb_s": "3.2",
                  "peak_tflops": "0.192",
                  "vcpus": 2,
                  "memory_gib": 8,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.115",
                        "training": "0.115"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1488",
                        "training": "0.1488"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1212",
                        "training": "0.1212"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.144",
                        "training": "0.144"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1284",
                        "training": "0.1284"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.138",
                        "training": "0.138"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1224",
                        "training": "0.1224"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1332",
                        "training": "0.1332"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1836",
                        "training": "0.1836"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1152",
                        "training": "0.1152"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m6i.xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "17.18",
                  "bandwidth_gb_s": "6.4",
                  "peak_tflops": "0.384",
                  "vcpus": 4,
                  "memory_gib": 16,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.23",
                        "training": "0.23"
                      }
                    },
                    {
                      "regions": [
                        "af-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.3048",
                        "training": "0.3048"
                      }
                    },
                    {
                      "regions": [
                        "ap-east-1",
                        "me-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.3168",
                        "training": "0.3168"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "ap-northeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2976",
                        "training": "0.2976"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2832",
                        "training": "0.2832"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2424",
                        "training": "0.2424"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.288",
                        "training": "0.288"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2568",
                        "training": "0.2568"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.276",
                        "training": "0.276"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2448",
                        "training": "0.2448"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1",
                        "eu-west-3",
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2688",
                        "training": "0.2688"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2664",
                        "training": "0.2664"
                      }
                    },
                    {
                      "regions": [
                        "il-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2696",
                        "training": "0.2696"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2825",
                        "training": "0.2825"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.3672",
                        "training": "0.3672"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2304",
                        "training": "0.2304"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m6i.2xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": "12.8",
                  "peak_tflops": "0.768",
                  "vcpus": 8,
                  "memory_gib": 32,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.461",
                        "training": "0.461"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.5952",
                        "training": "0.5952"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4848",
                        "training": "0.4848"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.576",
                        "training": "0.576"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.5136",
                        "training": "0.5136"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.552",
                        "training": "0.552"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4896",
                        "training": "0.4896"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.5328",
                        "training": "0.5328"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.7344",
                        "training": "0.7344"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4608",
                        "training": "0.4608"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m6i.4xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "68.72",
                  "bandwidth_gb_s": "25.6",
                  "peak_tflops": "1.536",
                  "vcpus": 16,
                  "memory_gib": 64,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.922",
                        "training": "0.922"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.1904",
                        "training": "1.1904"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-APS1",
                      "rates": {
                        "hosting": "0.97",
                        "training": "0.97"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.152",
                        "training": "1.152"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.0272",
                        "training": "1.0272"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.104",
                        "training": "1.104"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.9792",
                        "training": "0.9792"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.0656",
                        "training": "1.0656"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.4688",
                        "training": "1.4688"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.9216",
                        "training": "0.9216"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m6i.8xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "137.44",
                  "bandwidth_gb_s": "51.2",
                  "peak_tflops": "3.072",
                  "vcpus": 32,
                  "memory_gib": 128,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.843",
                        "training": "1.843"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m6i.12xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "206.16",
                  "bandwidth_gb_s": "76.8",
                  "peak_tflops": "4.608",
                  "vcpus": 48,
                  "memory_gib": 192,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.765",
                        "training": "2.765"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m6i.16xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "274.88",
                  "bandwidth_gb_s": "102.4",
                  "peak_tflops": "6.144",
                  "vcpus": 64,
                  "memory_gib": 256,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "3.686",
                        "training": "3.686"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m6i.24xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "412.32",
                  "bandwidth_gb_s": "153.6",
                  "peak_tflops": "9.216",
                  "vcpus": 96,
                  "memory_gib": 384,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "5.53",
                        "training": "5.53"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m6i.32xlarge",
                  "accelerator": "Intel Xeon Platinum 8375C (Ice Lake) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "549.76",
                  "bandwidth_gb_s": "204.8",
                  "peak_tflops": "12.288",
                  "vcpus": 128,
                  "memory_gib": 512,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "7.373",
                        "training": "7.373"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m7i.large",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "8.59",
                  "bandwidth_gb_s": "6.4",
                  "peak_tflops": "0.192",
                  "vcpus": 2,
                  "memory_gib": 8,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.121",
                        "training": "0.121"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1562",
                        "training": "0.1562"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1273",
                        "training": "0.1273"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1512",
                        "training": "0.1512"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1348",
                        "training": "0.1348"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1449",
                        "training": "0.1449"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1285",
                        "training": "0.1285"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1399",
                        "training": "0.1399"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.1928",
                        "training": "0.1928"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.121",
                        "training": "0.121"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m7i.xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "17.18",
                  "bandwidth_gb_s": "12.8",
                  "peak_tflops": "0.384",
                  "vcpus": 4,
                  "memory_gib": 16,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.242",
                        "training": "0.242"
                      }
                    },
                    {
                      "regions": [
                        "ap-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.3326",
                        "training": "0.3326"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1",
                        "ap-northeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.3125",
                        "training": "0.3125"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2974",
                        "training": "0.2974"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2545",
                        "training": "0.2545"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2",
                        "ap-southeast-3"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.3024",
                        "training": "0.3024"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-south-2",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2696",
                        "training": "0.2696"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2898",
                        "training": "0.2898"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.257",
                        "training": "0.257"
                      }
                    },
                    {
                      "regions": [
                        "eu-south-1",
                        "eu-west-3",
                        "us-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2822",
                        "training": "0.2822"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2797",
                        "training": "0.2797"
                      }
                    },
                    {
                      "regions": [
                        "me-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2966",
                        "training": "0.2966"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.3856",
                        "training": "0.3856"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.2419",
                        "training": "0.2419"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m7i.2xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "34.36",
                  "bandwidth_gb_s": "25.6",
                  "peak_tflops": "0.768",
                  "vcpus": 8,
                  "memory_gib": 32,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.484",
                        "training": "0.484"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.625",
                        "training": "0.625"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.509",
                        "training": "0.509"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.6048",
                        "training": "0.6048"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.5393",
                        "training": "0.5393"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.5796",
                        "training": "0.5796"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.5141",
                        "training": "0.5141"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.5594",
                        "training": "0.5594"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.7711",
                        "training": "0.7711"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.4838",
                        "training": "0.4838"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m7i.4xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "68.72",
                  "bandwidth_gb_s": "51.2",
                  "peak_tflops": "1.536",
                  "vcpus": 16,
                  "memory_gib": 64,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "0.968",
                        "training": "0.968"
                      }
                    },
                    {
                      "regions": [
                        "ap-northeast-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.2499",
                        "training": "1.2499"
                      }
                    },
                    {
                      "regions": [
                        "ap-south-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.0181",
                        "training": "1.0181"
                      }
                    },
                    {
                      "regions": [
                        "ap-southeast-1",
                        "ap-southeast-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.2096",
                        "training": "1.2096"
                      }
                    },
                    {
                      "regions": [
                        "ca-central-1",
                        "eu-west-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.0786",
                        "training": "1.0786"
                      }
                    },
                    {
                      "regions": [
                        "eu-central-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.1592",
                        "training": "1.1592"
                      }
                    },
                    {
                      "regions": [
                        "eu-north-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.0282",
                        "training": "1.0282"
                      }
                    },
                    {
                      "regions": [
                        "eu-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.1189",
                        "training": "1.1189"
                      }
                    },
                    {
                      "regions": [
                        "sa-east-1"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "1.5422",
                        "training": "1.5422"
                      }
                    },
                    {
                      "regions": [
                        "us-east-2",
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "SM-EC2",
                      "rates": {
                        "hosting": "0.9677",
                        "training": "0.9677"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m7i.8xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "137.44",
                  "bandwidth_gb_s": "102.4",
                  "peak_tflops": "3.072",
                  "vcpus": 32,
                  "memory_gib": 128,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "1.935",
                        "training": "1.935"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m7i.12xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "206.16",
                  "bandwidth_gb_s": "153.6",
                  "peak_tflops": "4.608",
                  "vcpus": 48,
                  "memory_gib": 192,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "2.903",
                        "training": "2.903"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m7i.16xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "274.88",
                  "bandwidth_gb_s": "204.8",
                  "peak_tflops": "6.144",
                  "vcpus": 64,
                  "memory_gib": 256,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "3.871",
                        "training": "3.871"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m7i.24xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "412.32",
                  "bandwidth_gb_s": "307.2",
                  "peak_tflops": "9.216",
                  "vcpus": 96,
                  "memory_gib": 384,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "5.806",
                        "training": "5.806"
                      }
                    }
                  ]
                },
                {
                  "name": "ml.m7i.48xlarge",
                  "accelerator": "Intel Xeon Platinum 8488C (Sapphire Rapids) CPU",
                  "accelerator_kind": "cpu",
                  "accelerators": 1,
                  "accelerator_memory_gb": "824.63",
                  "bandwidth_gb_s": "614.4",
                  "peak_tflops": "18.432",
                  "vcpus": 192,
                  "memory_gib": 768,
                  "hardware_source": "CPU-HW",
                  "prices": [
                    {
                      "regions": [
                        "us-east-1"
                      ],
                      "unit": "hour",
                      "source": "S1",
                      "rates": {
                        "hosting": "11.612",
                        "training": "11.612"
                      }
                    }
                  ]
                }
              ]
            }
            """# + "\n",
        "jumpstart.json": #"""
            {
              "schema_version": 1,
              "models": [
                {
                  "id": "meta-textgeneration-llama-2-7b",
                  "name": "Llama 2 7B",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "6.74e9",
                  "layers": 32,
                  "hidden_size": 4096,
                  "intermediate_size": 11008,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 32,
                  "head_dim": 128,
                  "vocab_size": 32000,
                  "context_window": 4096,
                  "default_instance": "ml.g5.2xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "llama-2-7b"
                  ],
                  "source": "LLAMA",
                  "note": "default instance from JumpStart spec v3.0.0 (JSFIX)"
                },
                {
                  "id": "meta-textgeneration-llama-2-7b-f",
                  "name": "Llama 2 7B Chat",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "6.74e9",
                  "layers": 32,
                  "hidden_size": 4096,
                  "intermediate_size": 11008,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 32,
                  "head_dim": 128,
                  "vocab_size": 32000,
                  "context_window": 4096,
                  "default_instance": "ml.g5.2xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "llama-2-7b-chat"
                  ],
                  "source": "LLAMA",
                  "note": "default instance from JumpStart spec v3.0.0 (JSFIX)"
                },
                {
                  "id": "meta-textgeneration-llama-2-13b",
                  "name": "Llama 2 13B",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "13.02e9",
                  "layers": 40,
                  "hidden_size": 5120,
                  "intermediate_size": 13824,
                  "gated_mlp": true,
                  "heads": 40,
                  "kv_heads": 40,
                  "head_dim": 128,
                  "vocab_size": 32000,
                  "context_window": 4096,
                  "default_instance": "ml.g5.12xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "llama-2-13b"
                  ],
                  "source": "LLAMA"
                },
                {
                  "id": "meta-textgeneration-llama-2-13b-f",
                  "name": "Llama 2 13B Chat",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "13.02e9",
                  "layers": 40,
                  "hidden_size": 5120,
                  "intermediate_size": 13824,
                  "gated_mlp": true,
                  "heads": 40,
                  "kv_heads": 40,
                  "head_dim": 128,
                  "vocab_size": 32000,
                  "context_window": 4096,
                  "default_instance": "ml.g5.12xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "llama-2-13b-chat-jumpstart"
                  ],
                  "bedrock_equivalent": "meta.llama2-13b-chat",
                  "source": "LLAMA"
                },
                {
                  "id": "meta-textgeneration-llama-2-70b",
                  "name": "Llama 2 70B",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "68.98e9",
                  "layers": 80,
                  "hidden_size": 8192,
                  "intermediate_size": 28672,
                  "gated_mlp": true,
                  "heads": 64,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 32000,
                  "context_window": 4096,
                  "fine_tunable": true,
                  "aliases": [
                    "llama-2-70b"
                  ],
                  "source": "LLAMA"
                },
                {
                  "id": "meta-textgeneration-llama-2-70b-f",
                  "name": "Llama 2 70B Chat",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "68.98e9",
                  "layers": 80,
                  "hidden_size": 8192,
                  "intermediate_size": 28672,
                  "gated_mlp": true,
                  "heads": 64,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 32000,
                  "context_window": 4096,
                  "fine_tunable": true,
                  "aliases": [
                    "llama-2-70b-chat-jumpstart"
                  ],
                  "bedrock_equivalent": "meta.llama2-70b-chat",
                  "source": "LLAMA"
                },
                {
                  "id": "meta-textgeneration-llama-3-8b",
                  "name": "Llama 3 8B",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "8.03e9",
                  "layers": 32,
                  "hidden_size": 4096,
                  "intermediate_size": 14336,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 8192,
                  "default_instance": "ml.g5.12xlarge",
                  "fine_tunable": true,
                  "aliases": [],
                  "source": "LLAMA",
                  "note": "default instance from NB-L3"
                },
                {
                  "id": "meta-textgeneration-llama-3-8b-instruct",
                  "name": "Llama 3 8B Instruct",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "8.03e9",
                  "layers": 32,
                  "hidden_size": 4096,
                  "intermediate_size": 14336,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 8192,
                  "default_instance": "ml.g5.12xlarge",
                  "fine_tunable": true,
                  "aliases": [],
                  "bedrock_equivalent": "meta.llama3-8b-instruct",
                  "source": "LLAMA",
                  "note": "default instance from NB-L3"
                },
                {
                  "id": "meta-textgeneration-llama-3-70b",
                  "name": "Llama 3 70B",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "70.55e9",
                  "layers": 80,
                  "hidden_size": 8192,
                  "intermediate_size": 28672,
                  "gated_mlp": true,
                  "heads": 64,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 8192,
                  "default_instance": "ml.p4d.24xlarge",
                  "fine_tunable": true,
                  "aliases": [],
                  "source": "LLAMA",
                  "note": "default instance from NB-L3"
                },
                {
                  "id": "meta-textgeneration-llama-3-70b-instruct",
                  "name": "Llama 3 70B Instruct",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "70.55e9",
                  "layers": 80,
                  "hidden_size": 8192,
                  "intermediate_size": 28672,
                  "gated_mlp": true,
                  "heads": 64,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 8192,
                  "default_instance": "ml.p4d.24xlarge",
                  "fine_tunable": true,
                  "aliases": [],
                  "bedrock_equivalent": "meta.llama3-70b-instruct",
                  "source": "LLAMA",
                  "note": "default instance from NB-L3"
                },
                {
                  "id": "meta-textgeneration-llama-3-1-8b",
                  "custom_model_units": { "per_copy": 2, "source": "P" },
                  "name": "Llama 3.1 8B",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "8.03e9",
                  "layers": 32,
                  "hidden_size": 4096,
                  "intermediate_size": 14336,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 131072,
                  "fine_tunable": true,
                  "aliases": [],
                  "source": "LLAMA"
                },
                {
                  "id": "meta-textgeneration-llama-3-1-8b-instruct",
                  "custom_model_units": { "per_copy": 2, "source": "P" },
                  "name": "Llama 3.1 8B Instruct",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "8.03e9",
                  "layers": 32,
                  "hidden_size": 4096,
                  "intermediate_size": 14336,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 131072,
                  "fine_tunable": true,
                  "aliases": [],
                  "bedrock_equivalent": "meta.llama3-1-8b-instruct",
                  "source": "LLAMA"
                },
                {
                  "id": "meta-textgeneration-llama-3-1-70b",
                  "custom_model_units": { "per_copy": 8, "source": "P" },
                  "name": "Llama 3.1 70B",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "70.55e9",
                  "layers": 80,
                  "hidden_size": 8192,
                  "intermediate_size": 28672,
                  "gated_mlp": true,
                  "heads": 64,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 131072,
                  "default_instance": "ml.p4d.24xlarge",
                  "fine_tunable": true,
                  "aliases": [],
                  "source": "LLAMA",
                  "note": "default instance from JumpStart spec v2.16.2 (JSSPEC)"
                },
                {
                  "id": "meta-textgeneration-llama-3-1-70b-instruct",
                  "custom_model_units": { "per_copy": 8, "source": "P" },
                  "name": "Llama 3.1 70B Instruct",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "70.55e9",
                  "layers": 80,
                  "hidden_size": 8192,
                  "intermediate_size": 28672,
                  "gated_mlp": true,
                  "heads": 64,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 131072,
                  "default_instance": "ml.p4d.24xlarge",
                  "fine_tunable": true,
                  "aliases": [],
                  "bedrock_equivalent": "meta.llama3-1-70b-instruct",
                  "source": "LLAMA",
                  "note": "default instance from JumpStart spec v2.16.2 (JSSPEC)"
                },
                {
                  "id": "meta-textgeneration-llama-3-1-405b-instruct-fp8",
                  "name": "Llama 3.1 405B Instruct FP8",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "405.85e9",
                  "layers": 126,
                  "hidden_size": 16384,
                  "intermediate_size": 53248,
                  "gated_mlp": true,
                  "heads": 128,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 131072,
                  "default_instance": "ml.p5.48xlarge",
                  "fine_tunable": true,
                  "aliases": [],
                  "bedrock_equivalent": "meta.llama3-1-405b-instruct",
                  "source": "LLAMA",
                  "note": "FP8 weights; default instance from NB-405"
                },
                {
                  "id": "meta-textgeneration-llama-3-2-1b",
                  "name": "Llama 3.2 1B",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "1.24e9",
                  "layers": 16,
                  "hidden_size": 2048,
                  "intermediate_size": 8192,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 8,
                  "head_dim": 64,
                  "vocab_size": 128256,
                  "context_window": 131072,
                  "fine_tunable": true,
                  "aliases": [],
                  "source": "LLAMA"
                },
                {
                  "id": "meta-textgeneration-llama-3-2-1b-instruct",
                  "name": "Llama 3.2 1B Instruct",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "1.24e9",
                  "layers": 16,
                  "hidden_size": 2048,
                  "intermediate_size": 8192,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 8,
                  "head_dim": 64,
                  "vocab_size": 128256,
                  "context_window": 131072,
                  "fine_tunable": true,
                  "aliases": [],
                  "bedrock_equivalent": "meta.llama3-2-1b-instruct",
                  "source": "LLAMA"
                },
                {
                  "id": "meta-textgeneration-llama-3-2-3b",
                  "name": "Llama 3.2 3B",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "3.21e9",
                  "layers": 28,
                  "hidden_size": 3072,
                  "intermediate_size": 8192,
                  "gated_mlp": true,
                  "heads": 24,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 131072,
                  "fine_tunable": true,
                  "aliases": [],
                  "source": "LLAMA"
                },
                {
                  "id": "meta-textgeneration-llama-3-2-3b-instruct",
                  "name": "Llama 3.2 3B Instruct",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "3.21e9",
                  "layers": 28,
                  "hidden_size": 3072,
                  "intermediate_size": 8192,
                  "gated_mlp": true,
                  "heads": 24,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 131072,
                  "fine_tunable": true,
                  "aliases": [],
                  "bedrock_equivalent": "meta.llama3-2-3b-instruct",
                  "source": "LLAMA"
                },
                {
                  "id": "meta-textgeneration-llama-3-3-70b-instruct",
                  "name": "Llama 3.3 70B Instruct",
                  "provider": "Meta",
                  "architecture": "decoder-only",
                  "parameters": "70.55e9",
                  "layers": 80,
                  "hidden_size": 8192,
                  "intermediate_size": 28672,
                  "gated_mlp": true,
                  "heads": 64,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 128256,
                  "context_window": 131072,
                  "fine_tunable": false,
                  "aliases": [],
                  "bedrock_equivalent": "meta.llama3-3-70b-instruct",
                  "source": "LLAMA"
                },
                {
                  "id": "huggingface-llm-mistral-7b",
                  "name": "Mistral 7B v0.1",
                  "provider": "Mistral AI",
                  "architecture": "decoder-only",
                  "parameters": "7.24e9",
                  "layers": 32,
                  "hidden_size": 4096,
                  "intermediate_size": 14336,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 32000,
                  "context_window": 8192,
                  "fine_tunable": true,
                  "aliases": [
                    "mistral-7b-base"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-llm-mistral-7b-instruct",
                  "custom_model_units": { "per_copy": 1, "source": "P" },
                  "name": "Mistral 7B Instruct v0.2",
                  "provider": "Mistral AI",
                  "architecture": "decoder-only",
                  "parameters": "7.24e9",
                  "layers": 32,
                  "hidden_size": 4096,
                  "intermediate_size": 14336,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 32000,
                  "context_window": 32768,
                  "fine_tunable": false,
                  "aliases": [
                    "mistral-7b-instruct-jumpstart"
                  ],
                  "bedrock_equivalent": "mistral.mistral-7b-instruct",
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-llm-mistral-7b-instruct-v3",
                  "name": "Mistral 7B Instruct v0.3",
                  "provider": "Mistral AI",
                  "architecture": "decoder-only",
                  "parameters": "7.25e9",
                  "layers": 32,
                  "hidden_size": 4096,
                  "intermediate_size": 14336,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 32768,
                  "context_window": 32768,
                  "fine_tunable": false,
                  "aliases": [],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-llm-mixtral-8x7b",
                  "custom_model_units": { "per_copy": 4, "source": "P" },
                  "name": "Mixtral 8x7B",
                  "provider": "Mistral AI",
                  "architecture": "decoder-only",
                  "parameters": "46.70e9",
                  "layers": 32,
                  "hidden_size": 4096,
                  "intermediate_size": 14336,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 32000,
                  "context_window": 32768,
                  "fine_tunable": true,
                  "aliases": [],
                  "source": "ARCH",
                  "note": "mixture of experts: all 46.7B parameters resident, 12.9B active per token"
                },
                {
                  "id": "huggingface-llm-mixtral-8x7b-instruct",
                  "custom_model_units": { "per_copy": 4, "source": "P" },
                  "name": "Mixtral 8x7B Instruct",
                  "provider": "Mistral AI",
                  "architecture": "decoder-only",
                  "parameters": "46.70e9",
                  "layers": 32,
                  "hidden_size": 4096,
                  "intermediate_size": 14336,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 8,
                  "head_dim": 128,
                  "vocab_size": 32000,
                  "context_window": 32768,
                  "fine_tunable": true,
                  "aliases": [],
                  "bedrock_equivalent": "mistral.mixtral-8x7b-instruct",
                  "source": "ARCH",
                  "note": "mixture of experts: all 46.7B parameters resident, 12.9B active per token"
                },
                {
                  "id": "huggingface-llm-falcon-7b-bf16",
                  "name": "Falcon 7B",
                  "provider": "Technology Innovation Institute",
                  "architecture": "decoder-only",
                  "parameters": "6.92e9",
                  "layers": 32,
                  "hidden_size": 4544,
                  "intermediate_size": 18176,
                  "gated_mlp": false,
                  "heads": 71,
                  "kv_heads": 1,
                  "head_dim": 64,
                  "vocab_size": 65024,
                  "context_window": 2048,
                  "default_instance": "ml.g5.2xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "falcon-7b"
                  ],
                  "source": "ARCH",
                  "note": "default instance from DJL / aws-samples"
                },
                {
                  "id": "huggingface-llm-falcon-7b-instruct-bf16",
                  "name": "Falcon 7B Instruct",
                  "provider": "Technology Innovation Institute",
                  "architecture": "decoder-only",
                  "parameters": "6.92e9",
                  "layers": 32,
                  "hidden_size": 4544,
                  "intermediate_size": 18176,
                  "gated_mlp": false,
                  "heads": 71,
                  "kv_heads": 1,
                  "head_dim": 64,
                  "vocab_size": 65024,
                  "context_window": 2048,
                  "default_instance": "ml.g5.2xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "falcon-7b-instruct"
                  ],
                  "source": "ARCH",
                  "note": "default instance from DJL / aws-samples"
                },
                {
                  "id": "huggingface-llm-falcon-40b-bf16",
                  "name": "Falcon 40B",
                  "provider": "Technology Innovation Institute",
                  "architecture": "decoder-only",
                  "parameters": "41.30e9",
                  "layers": 60,
                  "hidden_size": 8192,
                  "intermediate_size": 32768,
                  "gated_mlp": false,
                  "heads": 128,
                  "kv_heads": 8,
                  "head_dim": 64,
                  "vocab_size": 65024,
                  "context_window": 2048,
                  "default_instance": "ml.g5.12xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "falcon-40b"
                  ],
                  "source": "ARCH",
                  "note": "default instance from DJL / aws-samples (\"at least\")"
                },
                {
                  "id": "huggingface-llm-falcon-40b-instruct-bf16",
                  "name": "Falcon 40B Instruct",
                  "provider": "Technology Innovation Institute",
                  "architecture": "decoder-only",
                  "parameters": "41.30e9",
                  "layers": 60,
                  "hidden_size": 8192,
                  "intermediate_size": 32768,
                  "gated_mlp": false,
                  "heads": 128,
                  "kv_heads": 8,
                  "head_dim": 64,
                  "vocab_size": 65024,
                  "context_window": 2048,
                  "default_instance": "ml.g5.12xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "falcon-40b-instruct"
                  ],
                  "source": "ARCH",
                  "note": "default instance from DJL / aws-samples (\"at least\")"
                },
                {
                  "id": "huggingface-llm-falcon-180b-bf16",
                  "name": "Falcon 180B",
                  "provider": "Technology Innovation Institute",
                  "architecture": "decoder-only",
                  "parameters": "178.56e9",
                  "layers": 80,
                  "hidden_size": 14848,
                  "intermediate_size": 59392,
                  "gated_mlp": false,
                  "heads": 232,
                  "kv_heads": 8,
                  "head_dim": 64,
                  "vocab_size": 65024,
                  "context_window": 2048,
                  "default_instance": "ml.p4de.24xlarge",
                  "fine_tunable": false,
                  "aliases": [
                    "falcon-180b"
                  ],
                  "source": "ARCH",
                  "note": "default instance from JumpStart spec v1.6.2 (JSFIX)"
                },
                {
                  "id": "huggingface-llm-falcon-180b-chat-bf16",
                  "name": "Falcon 180B Chat",
                  "provider": "Technology Innovation Institute",
                  "architecture": "decoder-only",
                  "parameters": "178.56e9",
                  "layers": 80,
                  "hidden_size": 14848,
                  "intermediate_size": 59392,
                  "gated_mlp": false,
                  "heads": 232,
                  "kv_heads": 8,
                  "head_dim": 64,
                  "vocab_size": 65024,
                  "context_window": 2048,
                  "default_instance": "ml.p4de.24xlarge",
                  "fine_tunable": false,
                  "aliases": [
                    "falcon-180b-chat"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-tc-bert-base-uncased",
                  "name": "BERT base uncased, text classification",
                  "provider": "Google",
                  "architecture": "encoder-only",
                  "parameters": "109.5e6",
                  "layers": 12,
                  "hidden_size": 768,
                  "intermediate_size": 3072,
                  "gated_mlp": false,
                  "heads": 12,
                  "kv_heads": 12,
                  "head_dim": 64,
                  "vocab_size": 30522,
                  "context_window": 512,
                  "fine_tunable": true,
                  "aliases": [
                    "bert-base",
                    "bert",
                    "bert-base-uncased"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-tc-bert-large-uncased",
                  "name": "BERT large uncased, text classification",
                  "provider": "Google",
                  "architecture": "encoder-only",
                  "parameters": "335.1e6",
                  "layers": 24,
                  "hidden_size": 1024,
                  "intermediate_size": 4096,
                  "gated_mlp": false,
                  "heads": 16,
                  "kv_heads": 16,
                  "head_dim": 64,
                  "vocab_size": 30522,
                  "context_window": 512,
                  "fine_tunable": true,
                  "aliases": [
                    "bert-large",
                    "bert-large-uncased"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-tc-roberta-base",
                  "name": "RoBERTa base, text classification",
                  "provider": "Meta",
                  "architecture": "encoder-only",
                  "parameters": "124.6e6",
                  "layers": 12,
                  "hidden_size": 768,
                  "intermediate_size": 3072,
                  "gated_mlp": false,
                  "heads": 12,
                  "kv_heads": 12,
                  "head_dim": 64,
                  "vocab_size": 50265,
                  "context_window": 512,
                  "fine_tunable": true,
                  "aliases": [
                    "roberta-base",
                    "roberta"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-tc-roberta-large",
                  "name": "RoBERTa large, text classification",
                  "provider": "Meta",
                  "architecture": "encoder-only",
                  "parameters": "355.4e6",
                  "layers": 24,
                  "hidden_size": 1024,
                  "intermediate_size": 4096,
                  "gated_mlp": false,
                  "heads": 16,
                  "kv_heads": 16,
                  "head_dim": 64,
                  "vocab_size": 50265,
                  "context_window": 512,
                  "fine_tunable": true,
                  "aliases": [
                    "roberta-large"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-tc-distilbert-base-uncased",
                  "name": "DistilBERT base uncased, text classification",
                  "provider": "Hugging Face",
                  "architecture": "encoder-only",
                  "parameters": "66.4e6",
                  "layers": 6,
                  "hidden_size": 768,
                  "intermediate_size": 3072,
                  "gated_mlp": false,
                  "heads": 12,
                  "kv_heads": 12,
                  "head_dim": 64,
                  "vocab_size": 30522,
                  "context_window": 512,
                  "fine_tunable": true,
                  "aliases": [
                    "distilbert",
                    "distilbert-base-uncased"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-translation-t5-small",
                  "name": "T5 small, translation",
                  "provider": "Google",
                  "architecture": "encoder-decoder",
                  "parameters": "60.5e6",
                  "layers": 6,
                  "hidden_size": 512,
                  "intermediate_size": 2048,
                  "gated_mlp": false,
                  "heads": 8,
                  "kv_heads": 8,
                  "head_dim": 64,
                  "vocab_size": 32128,
                  "context_window": 512,
                  "fine_tunable": false,
                  "aliases": [
                    "t5-small"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-translation-t5-base",
                  "name": "T5 base, translation",
                  "provider": "Google",
                  "architecture": "encoder-decoder",
                  "parameters": "222.9e6",
                  "layers": 12,
                  "hidden_size": 768,
                  "intermediate_size": 3072,
                  "gated_mlp": false,
                  "heads": 12,
                  "kv_heads": 12,
                  "head_dim": 64,
                  "vocab_size": 32128,
                  "context_window": 512,
                  "fine_tunable": false,
                  "aliases": [
                    "t5-base",
                    "t5"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-translation-t5-large",
                  "name": "T5 large, translation",
                  "provider": "Google",
                  "architecture": "encoder-decoder",
                  "parameters": "737.7e6",
                  "layers": 24,
                  "hidden_size": 1024,
                  "intermediate_size": 4096,
                  "gated_mlp": false,
                  "heads": 16,
                  "kv_heads": 16,
                  "head_dim": 64,
                  "vocab_size": 32128,
                  "context_window": 512,
                  "fine_tunable": false,
                  "aliases": [
                    "t5-large"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-text2text-flan-t5-small",
                  "name": "Flan-T5 small",
                  "provider": "Google",
                  "architecture": "encoder-decoder",
                  "parameters": "77.0e6",
                  "layers": 8,
                  "hidden_size": 512,
                  "intermediate_size": 1024,
                  "gated_mlp": true,
                  "heads": 6,
                  "kv_heads": 6,
                  "head_dim": 64,
                  "vocab_size": 32128,
                  "context_window": 512,
                  "default_instance": "ml.g5.xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "flan-t5-small"
                  ],
                  "source": "NB-FLAN"
                },
                {
                  "id": "huggingface-text2text-flan-t5-base",
                  "name": "Flan-T5 base",
                  "provider": "Google",
                  "architecture": "encoder-decoder",
                  "parameters": "247.6e6",
                  "layers": 12,
                  "hidden_size": 768,
                  "intermediate_size": 2048,
                  "gated_mlp": true,
                  "heads": 12,
                  "kv_heads": 12,
                  "head_dim": 64,
                  "vocab_size": 32128,
                  "context_window": 512,
                  "default_instance": "ml.g5.2xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "flan-t5-base"
                  ],
                  "source": "JSFIX"
                },
                {
                  "id": "huggingface-text2text-flan-t5-large",
                  "name": "Flan-T5 large",
                  "provider": "Google",
                  "architecture": "encoder-decoder",
                  "parameters": "783.2e6",
                  "layers": 24,
                  "hidden_size": 1024,
                  "intermediate_size": 2816,
                  "gated_mlp": true,
                  "heads": 16,
                  "kv_heads": 16,
                  "head_dim": 64,
                  "vocab_size": 32128,
                  "context_window": 512,
                  "default_instance": "ml.g5.2xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "flan-t5-large"
                  ],
                  "source": "NB-FLAN"
                },
                {
                  "id": "huggingface-text2text-flan-t5-xl",
                  "custom_model_units": { "per_copy": 1, "source": "P" },
                  "name": "Flan-T5 XL",
                  "provider": "Google",
                  "architecture": "encoder-decoder",
                  "parameters": "2.85e9",
                  "layers": 24,
                  "hidden_size": 2048,
                  "intermediate_size": 5120,
                  "gated_mlp": true,
                  "heads": 32,
                  "kv_heads": 32,
                  "head_dim": 64,
                  "vocab_size": 32128,
                  "context_window": 512,
                  "default_instance": "ml.g5.2xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "flan-t5-xl",
                    "flan-t5"
                  ],
                  "source": "NB-FLAN"
                },
                {
                  "id": "huggingface-text2text-flan-t5-xxl",
                  "name": "Flan-T5 XXL",
                  "provider": "Google",
                  "architecture": "encoder-decoder",
                  "parameters": "11.14e9",
                  "layers": 24,
                  "hidden_size": 4096,
                  "intermediate_size": 10240,
                  "gated_mlp": true,
                  "heads": 64,
                  "kv_heads": 64,
                  "head_dim": 64,
                  "vocab_size": 32128,
                  "context_window": 512,
                  "default_instance": "ml.g5.12xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "flan-t5-xxl"
                  ],
                  "source": "NB-FLAN"
                },
                {
                  "id": "huggingface-summarization-bart-large-cnn-samsum",
                  "name": "BART large CNN, SAMSum summarization",
                  "provider": "Meta",
                  "architecture": "encoder-decoder",
                  "parameters": "406.3e6",
                  "layers": 12,
                  "hidden_size": 1024,
                  "intermediate_size": 4096,
                  "gated_mlp": false,
                  "heads": 16,
                  "kv_heads": 16,
                  "head_dim": 64,
                  "vocab_size": 50264,
                  "context_window": 1024,
                  "fine_tunable": false,
                  "aliases": [
                    "bart-large-cnn",
                    "bart"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-llm-gemma-2b-instruct",
                  "name": "Gemma 2B Instruct",
                  "provider": "Google",
                  "architecture": "decoder-only",
                  "parameters": "2.51e9",
                  "layers": 18,
                  "hidden_size": 2048,
                  "intermediate_size": 16384,
                  "gated_mlp": true,
                  "heads": 8,
                  "kv_heads": 1,
                  "head_dim": 256,
                  "vocab_size": 256000,
                  "context_window": 8192,
                  "default_instance": "ml.g5.xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "gemma-2b"
                  ],
                  "source": "ARCH",
                  "note": "default instance from JumpStart spec v1.1.0 (JSFIX)"
                },
                {
                  "id": "huggingface-llm-gemma-7b-instruct",
                  "name": "Gemma 7B Instruct",
                  "provider": "Google",
                  "architecture": "decoder-only",
                  "parameters": "8.54e9",
                  "layers": 28,
                  "hidden_size": 3072,
                  "intermediate_size": 24576,
                  "gated_mlp": true,
                  "heads": 16,
                  "kv_heads": 16,
                  "head_dim": 256,
                  "vocab_size": 256000,
                  "context_window": 8192,
                  "default_instance": "ml.g5.12xlarge",
                  "fine_tunable": true,
                  "aliases": [
                    "gemma-7b"
                  ],
                  "source": "ARCH",
                  "note": "default instance from JumpStart spec v1.1.0 (JSFIX)"
                },
                {
                  "id": "huggingface-llm-qwen2-5-7b-instruct",
                  "name": "Qwen2.5 7B Instruct",
                  "provider": "Alibaba Cloud",
                  "architecture": "decoder-only",
                  "parameters": "7.62e9",
                  "layers": 28,
                  "hidden_size": 3584,
                  "intermediate_size": 18944,
                  "gated_mlp": true,
                  "heads": 28,
                  "kv_heads": 4,
                  "head_dim": 128,
                  "vocab_size": 152064,
                  "context_window": 32768,
                  "fine_tunable": false,
                  "aliases": [
                    "qwen2.5-7b",
                    "qwen-2.5-7b"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "huggingface-textgeneration-gpt2",
                  "name": "GPT-2 (124M)",
                  "provider": "OpenAI",
                  "architecture": "decoder-only",
                  "parameters": "124.4e6",
                  "layers": 12,
                  "hidden_size": 768,
                  "intermediate_size": 3072,
                  "gated_mlp": false,
                  "heads": 12,
                  "kv_heads": 12,
                  "head_dim": 64,
                  "vocab_size": 50257,
                  "context_window": 1024,
                  "fine_tunable": false,
                  "aliases": [
                    "gpt2",
                    "gpt-2"
                  ],
                  "source": "ARCH"
                },
                {
                  "id": "model-imagegeneration-stabilityai-stable-diffusion-xl-base-1-0",
                  "name": "Stable Diffusion XL 1.0 base",
                  "provider": "Stability AI",
                  "architecture": "diffusion",
                  "parameters": "3.5e9",
                  "context_window": 77,
                  "fine_tunable": false,
                  "aliases": [
                    "sdxl-jumpstart"
                  ],
                  "bedrock_equivalent": "stability.stable-diffusion-xl-v1",
                  "source": "SDXL",
                  "note": "text prompt limit 77 tokens (CLIP); 1024x1024 native"
                }
              ],
              "throughput": [
                {
                  "models": [
                    "meta-textgeneration-llama-2-7b",
                    "meta-textgeneration-llama-2-7b-f"
                  ],
                  "instance": "ml.g5.12xlarge",
                  "tokens_per_second": 450,
                  "concurrency": 20,
                  "ms_per_token": "44.0",
                  "source": "HF-BENCH"
                },
                {
                  "models": [
                    "meta-textgeneration-llama-2-7b",
                    "meta-textgeneration-llama-2-7b-f"
                  ],
                  "instance": "ml.g5.12xlarge",
                  "tokens_per_second": 61,
                  "concurrency": 1,
                  "ms_per_token": "16.8",
                  "source": "HF-BENCH"
                },
                {
                  "models": [
                    "meta-textgeneration-llama-2-13b",
                    "meta-textgeneration-llama-2-13b-f"
                  ],
                  "instance": "ml.g5.12xlarge",
                  "tokens_per_second": 296,
                  "concurrency": 20,
                  "ms_per_token": "67.4",
                  "source": "HF-BENCH"
                },
                {
                  "models": [
                    "meta-textgeneration-llama-2-13b",
                    "meta-textgeneration-llama-2-13b-f"
                  ],
                  "instance": "ml.g5.12xlarge",
                  "tokens_per_second": 47,
                  "concurrency": 1,
                  "ms_per_token": "21.0",
                  "source": "HF-BENCH"
                },
                {
                  "models": [
                    "meta-textgeneration-llama-2-70b",
                    "meta-textgeneration-llama-2-70b-f"
                  ],
                  "instance": "ml.p4d.24xlarge",
                  "tokens_per_second": 322,
                  "concurrency": 20,
                  "ms_per_token": "59.8",
                  "source": "HF-BENCH"
                },
                {
                  "models": [
                    "meta-textgeneration-llama-2-70b",
                    "meta-textgeneration-llama-2-70b-f"
                  ],
                  "instance": "ml.p4d.24xlarge",
                  "tokens_per_second": 25,
                  "concurrency": 1,
                  "ms_per_token": "41.3",
                  "source": "HF-BENCH"
                }
              ]
            }
            """# + "\n",
        "unavailable.json": #"""
            {
              "schema_version": 1,
              "models": [
                {
                  "name": "GPT-4",
                  "aliases": [
                    "gpt-4",
                    "gpt4",
                    "gpt-4o",
                    "gpt-4-turbo",
                    "openai.gpt-4",
                    "gpt-3.5-turbo",
                    "chatgpt"
                  ],
                  "reason": "GPT-4 is OpenAI's proprietary model, served by OpenAI and Azure OpenAI; neither Amazon Bedrock nor SageMaker JumpStart offers it",
                  "alternatives": [
                    "anthropic.claude-sonnet-4-5",
                    "anthropic.claude-3-5-sonnet",
                    "amazon.nova-pro",
                    "meta.llama3-1-405b-instruct"
                  ]
                },
                {
                  "name": "Gemini",
                  "aliases": [
                    "gemini",
                    "gemini-pro",
                    "gemini-1.5-pro",
                    "bard"
                  ],
                  "reason": "Gemini is Google's proprietary model, served by Google Cloud; it is not on Amazon Bedrock or SageMaker JumpStart",
                  "alternatives": [
                    "anthropic.claude-sonnet-4-5",
                    "amazon.nova-pro"
                  ]
                }
              ]
            }
            """# + "\n",
        "decision-tables.json": #"""
            {
              "schema_version": 1,
              "source": "GenAI model fundamentals comparison tables (Section 7), kept in docs/genai-fundamentals-tables.md",
              "notes": "Each row quotes the seed's table row it implements in `seed`. Rows marked \"seed\": null extend a table to a task the seed does not list, and say why in `basis`.",
              "architectures": [
                {
                  "task": "sentiment-analysis",
                  "architecture": "encoder-only",
                  "examples": [
                    "BERT"
                  ],
                  "why": "Needs understanding, not generation",
                  "seed": "Sentiment analysis | Encoder-only (BERT) | Needs understanding, not generation"
                },
                {
                  "task": "text-generation",
                  "architecture": "decoder-only",
                  "examples": [
                    "GPT"
                  ],
                  "why": "Autoregressive generation",
                  "seed": "Text generation | Decoder-only (GPT) | Autoregressive generation"
                },
                {
                  "task": "chatbot",
                  "architecture": "decoder-only",
                  "examples": [
                    "GPT",
                    "Claude"
                  ],
                  "why": "Generate responses",
                  "seed": "Chatbot | Decoder-only (GPT, Claude) | Generate responses"
                },
                {
                  "task": "translation",
                  "architecture": "encoder-decoder",
                  "examples": [
                    "T5"
                  ],
                  "why": "Understand source, generate target",
                  "seed": "Translation | Encoder-Decoder (T5) | Understand source, generate target"
                },
                {
                  "task": "summarization",
                  "architecture": "encoder-decoder",
                  "examples": [
                    "T5"
                  ],
                  "why": "Understand document, generate summary",
                  "seed": "Summarization | Encoder-Decoder (T5) | Understand document, generate summary"
                },
                {
                  "task": "ner",
                  "architecture": "encoder-only",
                  "examples": [
                    "BERT"
                  ],
                  "why": "Token classification",
                  "seed": "Named Entity Recognition | Encoder-only (BERT) | Token classification"
                },
                {
                  "task": "question-answering",
                  "architecture": "either",
                  "examples": [],
                  "why": "Depends on format",
                  "seed": "Question Answering | Either | Depends on format",
                  "by_answer_format": {
                    "extracted": {
                      "architecture": "encoder-only",
                      "examples": [
                        "BERT"
                      ],
                      "why": "answers are spans extracted from a passage: understanding, not generation",
                      "seed": "Need to understand/classify text? | Encoder-only (BERT)"
                    },
                    "generated": {
                      "architecture": "decoder-only",
                      "examples": [
                        "GPT",
                        "Claude"
                      ],
                      "why": "answers are written: generation",
                      "seed": "Need to generate text? | Decoder-only (GPT)"
                    }
                  }
                },
                {
                  "task": "code-generation",
                  "architecture": "decoder-only",
                  "examples": [
                    "GPT",
                    "Claude",
                    "LLaMA"
                  ],
                  "why": "Code is generated token by token",
                  "seed": null,
                  "basis": "Quick decision table: Need to generate text? | Decoder-only (GPT)"
                },
                {
                  "task": "embeddings",
                  "architecture": "encoder-only",
                  "examples": [
                    "BERT",
                    "Amazon Titan Embeddings"
                  ],
                  "why": "A vector of the meaning: understanding, not generation",
                  "seed": null,
                  "basis": "Quick decision table: Need to understand/classify text? | Encoder-only (BERT); Titan Variants: Titan Embeddings | Vector embeddings"
                },
                {
                  "task": "image-generation",
                  "architecture": "diffusion",
                  "examples": [
                    "Stable Diffusion"
                  ],
                  "why": "Images come from a diffusion model, not a text transformer",
                  "seed": null,
                  "basis": "AWS Bedrock Models: Stable Diffusion | Stability.ai | Image | Art, logos, design"
                }
              ],
              "sampling": [
                {
                  "use_case": "factual-qa",
                  "temperature": {
                    "min": "0.1",
                    "max": "0.3",
                    "recommended": "0.2"
                  },
                  "top_p": {
                    "min": "0.5",
                    "max": "0.7",
                    "recommended": "0.6"
                  },
                  "top_k": {
                    "min": 10,
                    "max": 20,
                    "recommended": 15
                  },
                  "seed": "Factual Q&A | Low (0.1-0.3) | Low (0.5-0.7) | Low (10-20)"
                },
                {
                  "use_case": "creative-writing",
                  "temperature": {
                    "min": "0.7",
                    "max": "1.0",
                    "recommended": "0.85"
                  },
                  "top_p": {
                    "min": "0.9",
                    "max": "1.0",
                    "recommended": "0.95"
                  },
                  "top_k": {
                    "min": 50,
                    "recommended": 50
                  },
                  "seed": "Creative Writing | High (0.7-1.0) | High (0.9-1.0) | High (50+)"
                },
                {
                  "use_case": "code-generation",
                  "temperature": {
                    "min": "0.2",
                    "max": "0.5",
                    "recommended": "0.35"
                  },
                  "top_p": {
                    "min": "0.7",
                    "max": "0.9",
                    "recommended": "0.8"
                  },
                  "top_k": {
                    "min": 20,
                    "max": 40,
                    "recommended": 30
                  },
                  "seed": "Code Generation | Low-Medium (0.2-0.5) | Medium (0.7-0.9) | Medium (20-40)"
                },
                {
                  "use_case": "chat",
                  "temperature": {
                    "min": "0.5",
                    "max": "0.7",
                    "recommended": "0.6"
                  },
                  "top_p": {
                    "min": "0.8",
                    "max": "0.95",
                    "recommended": "0.875"
                  },
                  "top_k": {
                    "min": 30,
                    "max": 50,
                    "recommended": 40
                  },
                  "seed": "Chat/Conversation | Medium (0.5-0.7) | Medium (0.8-0.95) | Medium (30-50)"
                }
              ],
              "recommended_value": "midpoints; 50 for top-k 50+",
              "services": [
                {
                  "requirement": "production",
                  "service": "bedrock",
                  "seed": "Production application with API | Bedrock"
                },
                {
                  "requirement": "minimal_infrastructure",
                  "service": "bedrock",
                  "seed": "Minimal infrastructure management | Bedrock",
                  "also": "Want minimal setup? | Bedrock"
                },
                {
                  "requirement": "needs_notebooks",
                  "service": "jumpstart",
                  "seed": "Need Jupyter notebooks | SageMaker JumpStart",
                  "also": "Need notebook environment? | SageMaker JumpStart"
                },
                {
                  "requirement": "needs_fine_tuning=full",
                  "service": "jumpstart",
                  "seed": "Custom fine-tuning needed | SageMaker JumpStart",
                  "also": "Customization | Limited fine-tuning (Bedrock) | Full fine-tuning (JumpStart)"
                },
                {
                  "requirement": "needs_fine_tuning=limited",
                  "service": "bedrock",
                  "seed": "Customization | Limited fine-tuning | Full fine-tuning (Bedrock vs SageMaker JumpStart)"
                },
                {
                  "requirement": "wants_hugging_face_models",
                  "service": "jumpstart",
                  "seed": "Want Hugging Face models | SageMaker JumpStart",
                  "also": "Need Hugging Face models? | SageMaker JumpStart"
                }
              ],
              "default_service": {
                "service": "bedrock",
                "seed": "Just need API access to models? | Bedrock",
                "also": "Quick prototype with API | Bedrock",
                "why": "no requirement asks for notebooks, full fine-tuning or Hugging Face models"
              },
              "bedrock_models": [
                {
                  "need": "conversation",
                  "family": "Claude",
                  "provider": "Anthropic",
                  "seed": "Best for conversation/reasoning? | Claude",
                  "candidates": [
                    "anthropic.claude-3-haiku",
                    "anthropic.claude-3-5-haiku",
                    "anthropic.claude-haiku-4-5",
                    "anthropic.claude-3-5-sonnet",
                    "anthropic.claude-3-7-sonnet",
                    "anthropic.claude-sonnet-4",
                    "anthropic.claude-sonnet-4-5",
                    "anthropic.claude-sonnet-4-6",
                    "anthropic.claude-opus-4-1",
                    "anthropic.claude-opus-4-5"
                  ],
                  "tiers": {
                    "basic": [
                      "anthropic.claude-3-haiku",
                      "anthropic.claude-3-5-haiku",
                      "anthropic.claude-haiku-4-5"
                    ],
                    "standard": [
                      "anthropic.claude-3-5-sonnet",
                      "anthropic.claude-3-7-sonnet",
                      "anthropic.claude-sonnet-4",
                      "anthropic.claude-sonnet-4-5",
                      "anthropic.claude-sonnet-4-6"
                    ],
                    "best": [
                      "anthropic.claude-opus-4-1",
                      "anthropic.claude-opus-4-5"
                    ]
                  }
                },
                {
                  "need": "multilingual",
                  "family": "Jurassic-2 or its successor (Jamba)",
                  "provider": "AI21 Labs",
                  "seed": "Need multilingual support? | Jurassic-2",
                  "candidates": [
                    "ai21.j2-mid",
                    "ai21.j2-ultra",
                    "ai21.jamba-1-5-mini",
                    "ai21.jamba-1-5-large"
                  ],
                  "tiers": {
                    "basic": [
                      "ai21.j2-mid",
                      "ai21.jamba-1-5-mini"
                    ],
                    "standard": [
                      "ai21.jamba-1-5-mini",
                      "ai21.j2-ultra"
                    ],
                    "best": [
                      "ai21.jamba-1-5-large",
                      "ai21.j2-ultra"
                    ]
                  }
                },
                {
                  "need": "image-generation",
                  "family": "Stable Diffusion",
                  "provider": "Stability AI",
                  "seed": "Need image generation? | Stable Diffusion",
                  "candidates": [
                    "stability.stable-diffusion-xl-v1",
                    "stability.stable-image-core",
                    "stability.sd3-large",
                    "stability.sd3-5-large",
                    "stability.stable-image-ultra"
                  ],
                  "tiers": {
                    "basic": [
                      "stability.stable-diffusion-xl-v1",
                      "stability.stable-image-core"
                    ],
                    "standard": [
                      "stability.sd3-large",
                      "stability.sd3-5-large"
                    ],
                    "best": [
                      "stability.stable-image-ultra"
                    ]
                  }
                },
                {
                  "need": "embeddings",
                  "family": "Amazon Titan (Embeddings)",
                  "provider": "Amazon",
                  "seed": "Need embeddings for search? | Amazon Titan",
                  "candidates": [
                    "amazon.titan-embed-text-v2",
                    "amazon.titan-embed-text-v1"
                  ],
                  "tiers": {
                    "basic": [
                      "amazon.titan-embed-text-v1"
                    ],
                    "standard": [
                      "amazon.titan-embed-text-v2"
                    ],
                    "best": [
                      "amazon.titan-embed-text-v2"
                    ]
                  }
                },
                {
                  "need": "open-weights",
                  "family": "Llama",
                  "provider": "Meta",
                  "seed": "Want open-weight model? | Llama",
                  "candidates": [
                    "meta.llama3-2-1b-instruct",
                    "meta.llama3-2-3b-instruct",
                    "meta.llama3-1-8b-instruct",
                    "meta.llama3-8b-instruct",
                    "meta.llama3-1-70b-instruct",
                    "meta.llama3-3-70b-instruct",
                    "meta.llama3-70b-instruct",
                    "meta.llama4-scout-17b-instruct",
                    "meta.llama4-maverick-17b-instruct",
                    "meta.llama3-1-405b-instruct"
                  ],
                  "tiers": {
                    "basic": [
                      "meta.llama3-2-1b-instruct",
                      "meta.llama3-2-3b-instruct",
                      "meta.llama3-1-8b-instruct",
                      "meta.llama3-8b-instruct",
                      "meta.llama4-scout-17b-instruct"
                    ],
                    "standard": [
                      "meta.llama3-1-70b-instruct",
                      "meta.llama3-3-70b-instruct",
                      "meta.llama3-70b-instruct",
                      "meta.llama4-maverick-17b-instruct"
                    ],
                    "best": [
                      "meta.llama3-1-405b-instruct"
                    ]
                  }
                },
                {
                  "need": "summarization",
                  "family": "Amazon Titan (Text)",
                  "provider": "Amazon",
                  "seed": "Amazon Titan | Amazon | Text/Embedding | Summarization, search, embeddings",
                  "candidates": [
                    "amazon.titan-text-lite",
                    "amazon.titan-text-express",
                    "amazon.titan-text-premier"
                  ],
                  "tiers": {
                    "basic": [
                      "amazon.titan-text-lite"
                    ],
                    "standard": [
                      "amazon.titan-text-express"
                    ],
                    "best": [
                      "amazon.titan-text-premier"
                    ]
                  }
                }
              ],
              "task_needs": {
                "chatbot": "conversation",
                "text-generation": {
                  "need": "conversation",
                  "basis": "the seed's Bedrock-model table has no row for open text generation; the architecture table gives decoder-only, and the nearest family is the one for conversation/reasoning"
                },
                "question-answering": {
                  "need": "conversation",
                  "basis": "the seed's Bedrock-model table has no row for question answering; the architecture table gives decoder-only for generated answers (encoder-only for extracted spans, which Bedrock does not host), and the nearest family is the one for conversation/reasoning"
                },
                "code-generation": {
                  "need": "conversation",
                  "basis": "the seed's Bedrock-model table has no row for code generation; the architecture table gives decoder-only, and the nearest family is the one for conversation/reasoning"
                },
                "sentiment-analysis": {
                  "need": "conversation",
                  "basis": "the seed's Bedrock-model table has no row for sentiment analysis; the architecture table gives encoder-only, which Bedrock does not host, so a conversation/reasoning model classifies by prompting (JumpStart hosts the encoder)"
                },
                "ner": {
                  "need": "conversation",
                  "basis": "the seed's Bedrock-model table has no row for named-entity recognition; the architecture table gives encoder-only, which Bedrock does not host, so a conversation/reasoning model tags by prompting (JumpStart hosts the encoder)"
                },
                "translation": "multilingual",
                "summarization": "summarization",
                "embeddings": "embeddings",
                "image-generation": "image-generation"
              },
              "requirement_needs": {
                "needs_image_generation": "image-generation",
                "needs_embeddings": "embeddings",
                "needs_multilingual": "multilingual",
                "wants_open_weights": "open-weights"
              },
              "jumpstart_models": {
                "encoder-only": [
                  "huggingface-tc-distilbert-base-uncased",
                  "huggingface-tc-bert-base-uncased",
                  "huggingface-tc-roberta-base"
                ],
                "decoder-only": [
                  "meta-textgeneration-llama-3-1-8b-instruct",
                  "huggingface-llm-mistral-7b-instruct",
                  "meta-textgeneration-llama-3-1-70b-instruct"
                ],
                "encoder-decoder": [
                  "huggingface-text2text-flan-t5-xl",
                  "huggingface-text2text-flan-t5-large",
                  "huggingface-summarization-bart-large-cnn-samsum"
                ],
                "diffusion": [
                  "model-imagegeneration-stabilityai-stable-diffusion-xl-base-1-0"
                ]
              },
              "fine_tuning_data": [
                {
                  "method": "full",
                  "name": "Full fine-tuning",
                  "minimum_examples": 10000,
                  "data": "Large (10K+)",
                  "compute": "Very High",
                  "when": "Large dataset, major domain shift",
                  "seed": "Full Fine-tuning | Large (10K+) | Very High"
                },
                {
                  "method": "freeze",
                  "name": "Freeze + retrain",
                  "minimum_examples": 1000,
                  "data": "Medium (1K+)",
                  "compute": "Medium",
                  "when": "Limited data, similar domain",
                  "seed": "Freeze + Retrain | Medium (1K+) | Medium"
                },
                {
                  "method": "lora",
                  "name": "LoRA/QLoRA",
                  "minimum_examples": 100,
                  "data": "Small (100+)",
                  "compute": "Low",
                  "when": "Efficient fine-tuning",
                  "seed": "LoRA | Small (100+) | Low"
                },
                {
                  "method": "prompt-tuning",
                  "name": "Prompt tuning",
                  "minimum_examples": 10,
                  "data": "Very Small (10+)",
                  "compute": "Very Low",
                  "when": "Very limited data",
                  "seed": "Prompt Tuning | Very Small (10+) | Very Low"
                }
              ],
              "fine_tuning_evidence": [
                "LIMA: 65B LLaMA tuned on 1,000 curated examples (Zhou et al. 2023)",
                "Pecher et al. 2024: fine-tuned models often need only 100-1,000 samples to match general LLMs",
                "InstructGPT: about 13k SFT prompts (Ouyang et al. 2022)",
                "The 10K+/1K+/100+/10+ rule has no primary source (none found in exam-prep pages or AWS documentation): a rule of thumb"
              ]
            }
            """# + "\n",
        "overrides.json": #"""
            {
              "schema_version": 1,
              "notes": "Hand-kept: prices AWS documents on its pricing pages that the Price List offer files lack. `genai-plan pricing refresh` keeps the previous snapshot's price for every rate matching one of these patterns when the fetched files have no price for it, and never drops this file. Patterns match rate keys `bedrock/<model>/<region>/<scope>/<kind>`, `bedrock-import/v<version>/<region>/<kind>` and `sagemaker/<instance>/<region>/<kind>`; `*` matches any run of characters. A `source_kind` rule keeps every such rate whose source is of that kind (community, proxy).",
              "keep": [
                { "match": "bedrock/*/provisioned_*", "reason": "both Bedrock offers price provisioned throughput for some models only (Titan, Nova, Llama 2, Cohere in the 2026-01 records); the pricing page's model-unit prices of the others are kept" },
                { "match": "bedrock/*/training", "reason": "model-customization prices come from https://aws.amazon.com/bedrock/pricing/" },
                { "match": "bedrock/*/storage", "reason": "custom-model storage is priced on the pricing page only" },
                { "match": "bedrock-import/*/storage", "reason": "Custom Model Import storage per Custom Model Unit-month is priced on the pricing page only" },
                { "match": "bedrock/*/image*", "reason": "image-model prices come from https://aws.amazon.com/bedrock/pricing/" },
                { "match": "bedrock/anthropic.*/output", "reason": "legacy Anthropic rows in AmazonBedrock had input SKUs and no output SKU (AmazonBedrock offer file, us-east-1)" },
                { "match": "bedrock/ai21.*", "reason": "AI21 models are sold through AWS Marketplace; their rows were not seen in the captures" },
                { "match": "bedrock/cohere.*", "reason": "Cohere models are sold through AWS Marketplace; their rows were not seen in the captures" },
                { "source_kind": "community", "reason": "LiteLLM and genai-prices price models and regions (Marketplace models, geo and global profiles, new regions) the offer files did not carry in the captures; they fill slots the files lack and never replace a fetched price. Derived prices are not kept: a refreshed region's own files are the better evidence" },
                { "source_kind": "proxy", "reason": "SageMaker Studio-notebook prices (AWS's own pricing-page data, equal to hosting and training where checked) stand in for instances the region's AmazonSageMaker file does not list" }
              ]
            }
            """# + "\n",
        "price-list-names.json": #"""
            {
              "schema_version": 1,
              "notes": "Hand-kept: the model names the AWS Price List uses, per catalog id. `genai-plan pricing refresh` finds a price's model by its `model`, `titanModel`, `modelUnit` or `titanModelUnit` attribute (AmazonBedrock) or its `servicename` (AmazonBedrockFoundationModels, without \" (Amazon Bedrock Edition)\"), compared in lower case, letters and digits only, with a version's \".0\" dropped (\"Nova 2.0 Lite\" is \"Nova 2 Lite\"). A catalog model's own name, id and aliases match without an entry here. `seen_in_price_list` lists the names spelt as in real Price List records of 2026-01 (GetProducts output published in aws-samples/sample-bedrock-migration-and-modernization-tools); the others follow the same patterns and have not been seen. `pricing refresh --verbose` lists the names that matched no model: add each here under its catalog id, or under `not_mapped` with a reason.",
              "names": {
                "anthropic.claude-instant-v1": ["Claude Instant"],
                "anthropic.claude-v2": ["Claude", "Claude 2.0", "Claude 2"],
                "anthropic.claude-v2-1": ["Claude 2.1"],
                "anthropic.claude-3-haiku": ["Claude 3 Haiku"],
                "anthropic.claude-3-sonnet": ["Claude 3 Sonnet"],
                "anthropic.claude-3-opus": ["Claude 3 Opus"],
                "anthropic.claude-3-5-haiku": ["Claude 3.5 Haiku"],
                "anthropic.claude-3-5-sonnet": ["Claude 3.5 Sonnet", "Claude 3.5 Sonnet v2"],
                "anthropic.claude-3-7-sonnet": ["Claude 3.7 Sonnet"],
                "anthropic.claude-sonnet-4": ["Claude Sonnet 4", "Claude 4 Sonnet"],
                "anthropic.claude-opus-4": ["Claude Opus 4", "Claude 4 Opus"],
                "anthropic.claude-opus-4-1": ["Claude Opus 4.1"],
                "anthropic.claude-sonnet-4-5": ["Claude Sonnet 4.5"],
                "anthropic.claude-haiku-4-5": ["Claude Haiku 4.5"],
                "anthropic.claude-opus-4-5": ["Claude Opus 4.5"],
                "anthropic.claude-sonnet-4-6": ["Claude Sonnet 4.6"],
                "anthropic.claude-opus-4-6": ["Claude Opus 4.6"],
                "meta.llama2-13b-chat": ["Meta Llama 2 Chat 13B", "Llama 2 Chat 13B"],
                "meta.llama2-70b-chat": ["Meta Llama 2 Chat 70B", "Llama 2 Chat 70B"],
                "meta.llama3-8b-instruct": ["Llama 3 8B", "Llama 3 8B Instruct", "Meta Llama 3 8B Instruct"],
                "meta.llama3-70b-instruct": ["Llama 3 70B", "Llama 3 70B Instruct", "Meta Llama 3 70B Instruct"],
                "meta.llama3-1-8b-instruct": ["Llama 3.1 8B", "Llama 3.1 8B Instruct"],
                "meta.llama3-1-70b-instruct": ["Llama 3.1 70B", "Llama 3.1 70B Instruct"],
                "meta.llama3-1-405b-instruct": ["Llama 3.1 405B", "Llama 3.1 405B Instruct"],
                "meta.llama3-2-1b-instruct": ["Llama 3.2 1B", "Llama 3.2 1B Instruct"],
                "meta.llama3-2-3b-instruct": ["Llama 3.2 3B", "Llama 3.2 3B Instruct"],
                "meta.llama3-2-11b-instruct": ["Llama 3.2 11B", "Llama 3.2 11B Instruct"],
                "meta.llama3-2-90b-instruct": ["Llama 3.2 90B", "Llama 3.2 90B Instruct"],
                "meta.llama3-3-70b-instruct": ["Llama 3.3 70B", "Llama 3.3 70B Instruct"],
                "meta.llama4-maverick-17b-instruct": ["Llama 4 Maverick 17B", "Llama 4 Maverick 17B Instruct", "Llama 4 Maverick"],
                "meta.llama4-scout-17b-instruct": ["Llama 4 Scout 17B", "Llama 4 Scout 17B Instruct", "Llama 4 Scout"],
                "amazon.titan-text-lite": ["Titan Text G1 - Lite", "Titan Text Lite"],
                "amazon.titan-text-express": ["Titan Text G1 - Express", "Titan Text Express"],
                "amazon.titan-text-premier": ["Titan Text G1 - Premier", "Titan Text Premier"],
                "amazon.titan-embed-text-v1": ["Titan Embeddings G1 - Text", "Titan Embeddings G1 Text", "Titan Text Embeddings"],
                "amazon.titan-embed-text-v2": ["Titan Text Embeddings V2", "Titan Embeddings V2 Text"],
                "amazon.titan-embed-image-v1": ["Titan Embeddings G1 Image", "Titan Multimodal Embeddings G1"],
                "amazon.titan-image-generator-v1": ["Titan Image Generator G1", "Titan Image Generator"],
                "amazon.nova-micro": ["Nova Micro"],
                "amazon.nova-lite": ["Nova Lite"],
                "amazon.nova-pro": ["Nova Pro"],
                "amazon.nova-premier": ["Nova Premier"],
                "amazon.nova-2-lite": ["Nova 2.0 Lite"],
                "ai21.j2-mid": ["Jurassic-2 Mid", "AI21 Labs Jurassic-2 Mid"],
                "ai21.j2-ultra": ["Jurassic-2 Ultra", "AI21 Labs Jurassic-2 Ultra"],
                "ai21.jamba-instruct": ["Jamba-Instruct", "Jamba Instruct", "AI21 Labs Jamba-Instruct"],
                "ai21.jamba-1-5-large": ["Jamba 1.5 Large", "AI21 Labs Jamba 1.5 Large"],
                "ai21.jamba-1-5-mini": ["Jamba 1.5 Mini", "AI21 Labs Jamba 1.5 Mini"],
                "cohere.command-text": ["Cohere Generate Model - Command", "Cohere Command"],
                "cohere.command-light-text": ["Cohere Generate Model - Command-Light", "Cohere Command Light"],
                "cohere.command-r": ["Cohere Command R"],
                "cohere.command-r-plus": ["Cohere Command R+", "Cohere Command R Plus"],
                "cohere.embed-english-v3": ["Cohere Embed Model 3 - English", "Cohere Embed English"],
                "cohere.embed-multilingual-v3": ["Cohere Embed Model 3 - Multilingual", "Cohere Embed Multilingual"],
                "mistral.mistral-7b-instruct": ["Mistral 7B Instruct", "Mistral 7B"],
                "mistral.mixtral-8x7b-instruct": ["Mixtral 8x7B Instruct", "Mixtral 8x7B"],
                "mistral.mistral-large-2402": ["Mistral Large (24.02)", "Mistral Large 24.02", "Mistral Large"],
                "mistral.mistral-small-2402": ["Mistral Small (24.02)", "Mistral Small 24.02", "Mistral Small"],
                "deepseek.r1": ["DeepSeek-R1", "DeepSeek R1"],
                "stability.stable-diffusion-xl-v1": ["SDXL 1.0", "Stable Diffusion XL 1.0", "Stability AI SDXL 1.0"],
                "stability.sd3-large": ["SD3 Large", "Stable Diffusion 3 Large"],
                "stability.sd3-5-large": ["SD3.5 Large", "Stable Diffusion 3.5 Large"],
                "stability.stable-image-core": ["Stable Image Core"],
                "stability.stable-image-ultra": ["Stable Image Ultra"],
                "amazon.nova-2-5-sonic": ["Nova 2.5 Sonic", "Amazon Nova 2.5 Sonic"],
                "amazon.nova-2-multimodal-embeddings": ["Nova 2 Multimodal Embeddings", "Amazon Nova 2 Multimodal Embeddings"],
                "amazon.nova-2-pro-preview": ["Nova 2 Pro Preview", "Amazon Nova 2 Pro Preview"],
                "amazon.nova-2-sonic": ["Nova 2 Sonic", "Amazon Nova 2 Sonic"],
                "amazon.nova-canvas": ["Nova Canvas", "Amazon Nova Canvas"],
                "amazon.nova-sonic": ["Nova Sonic", "Amazon Nova Sonic"],
                "amazon.rerank": ["Amazon Rerank"],
                "amazon.titan-embed-g1-text-02": ["Titan Embed G1 Text 02", "Amazon Titan Embed G1 Text 02"],
                "anthropic.claude-fable-5": ["Claude Fable 5", "Anthropic Claude Fable 5"],
                "anthropic.claude-fable-5-1": ["Claude Fable 5.1", "Anthropic Claude Fable 5.1"],
                "anthropic.claude-fable-5-2": ["Claude Fable 5.2", "Anthropic Claude Fable 5.2"],
                "anthropic.claude-haiku-5-5": ["Claude Haiku 5.5", "Anthropic Claude Haiku 5.5"],
                "anthropic.claude-mythos-5": ["Claude Mythos 5", "Anthropic Claude Mythos 5"],
                "anthropic.claude-mythos-5-1": ["Claude Mythos 5.1", "Anthropic Claude Mythos 5.1"],
                "anthropic.claude-mythos-5-2": ["Claude Mythos 5.2", "Anthropic Claude Mythos 5.2"],
                "anthropic.claude-mythos-preview": ["Claude Mythos Preview", "Anthropic Claude Mythos Preview"],
                "anthropic.claude-opus-4-7": ["Claude Opus 4.7", "Anthropic Claude Opus 4.7"],
                "anthropic.claude-opus-4-8": ["Claude Opus 4.8", "Anthropic Claude Opus 4.8"],
                "anthropic.claude-opus-5": ["Claude Opus 5", "Anthropic Claude Opus 5"],
                "anthropic.claude-opus-5-5": ["Claude Opus 5.5", "Anthropic Claude Opus 5.5"],
                "anthropic.claude-sonnet-5": ["Claude Sonnet 5", "Anthropic Claude Sonnet 5"],
                "anthropic.claude-sonnet-5-5": ["Claude Sonnet 5.5", "Anthropic Claude Sonnet 5.5"],
                "anthropic.claude-v1": ["Claude v1", "Anthropic Claude v1"],
                "cohere.embed-v4": ["Cohere Embed v4"],
                "cohere.rerank-v3-5": ["Cohere Rerank v3.5"],
                "deepseek.v3": ["DeepSeek v3"],
                "deepseek.v3.1": ["DeepSeek V3.1"],
                "deepseek.v3.2": ["DeepSeek V3.2"],
                "google.gemma-3-12b-it": ["Gemma 3 12B IT", "Google Gemma 3 12B IT"],
                "google.gemma-3-27b-it": ["Gemma 3 27B IT", "Google Gemma 3 27B IT"],
                "google.gemma-3-4b-it": ["Gemma 3 4B IT", "Google Gemma 3 4B IT"],
                "google.gemma-4-26b-a4b": ["Gemma 4 26B A4B", "Google Gemma 4 26B A4B"],
                "google.gemma-4-31b": ["Gemma 4 31B", "Google Gemma 4 31B"],
                "google.gemma-4-e2b": ["Gemma 4 E2B", "Google Gemma 4 E2B"],
                "minimax.minimax-m2": ["MiniMax M2"],
                "minimax.minimax-m2.1": ["MiniMax M2.1"],
                "minimax.minimax-m2.5": ["MiniMax M2.5"],
                "mistral.devstral-2-123b": ["Devstral 2 123B", "Mistral Devstral 2 123B"],
                "mistral.magistral-small-2509": ["Magistral Small 2509", "Mistral Magistral Small 2509"],
                "mistral.ministral-3-14b-instruct": ["Ministral 14B 3.0", "Mistral Ministral 14B 3.0"],
                "mistral.ministral-3-3b-instruct": ["Ministral 3B 3.0", "Mistral Ministral 3B 3.0"],
                "mistral.ministral-3-8b-instruct": ["Ministral 8B 3.0", "Mistral Ministral 8B 3.0"],
                "mistral.mistral-large-2407": ["Mistral Large 2407"],
                "mistral.mistral-large-3-675b-instruct": ["Mistral Large 3"],
                "mistral.pixtral-large-2502": ["Pixtral Large (25.02)", "Mistral Pixtral Large (25.02)"],
                "mistral.voxtral-mini-3b-2507": ["Voxtral Mini 3B 2507", "Mistral Voxtral Mini 3B 2507"],
                "mistral.voxtral-small-24b-2507": ["Voxtral Small 24B 2507", "Mistral Voxtral Small 24B 2507"],
                "moonshotai.kimi-k2-thinking": ["Kimi K2 Thinking", "Moonshot Kimi K2 Thinking"],
                "moonshotai.kimi-k2.5": ["Kimi K2.5", "Moonshot Kimi K2.5"],
                "moonshotai.kimi-k3": ["Kimi K3", "Moonshot Kimi K3"],
                "moonshotai.kimi-k3.1": ["Kimi K3.1 Pro Highspeed", "Moonshot Kimi K3.1 Pro Highspeed"],
                "nvidia.nemotron-nano-12b-v2": ["Nemotron Nano 12B v2", "NVIDIA Nemotron Nano 12B v2"],
                "nvidia.nemotron-nano-3-30b": ["Nemotron 3 Nano 30B", "NVIDIA Nemotron 3 Nano 30B"],
                "nvidia.nemotron-nano-9b-v2": ["Nemotron 2 Nano 9B", "NVIDIA Nemotron 2 Nano 9B"],
                "nvidia.nemotron-super-3-120b": ["Nemotron 3 Super 120B", "NVIDIA Nemotron 3 Super 120B"],
                "openai.gpt-5.4": ["GPT-5.4", "OpenAI GPT-5.4"],
                "openai.gpt-5.5": ["GPT-5.5", "OpenAI GPT-5.5"],
                "openai.gpt-5.6-cyber": ["GPT 5.6 Cyber", "OpenAI GPT 5.6 Cyber"],
                "openai.gpt-5.6-luna": ["GPT-5.6 Luna", "OpenAI GPT-5.6 Luna"],
                "openai.gpt-5.6-sol": ["GPT-5.6 Sol", "OpenAI GPT-5.6 Sol"],
                "openai.gpt-5.6-terra": ["GPT-5.6 Terra", "OpenAI GPT-5.6 Terra"],
                "openai.gpt-6-astra": ["GPT-6 Astra", "OpenAI GPT-6 Astra"],
                "openai.gpt-6-luna": ["GPT-6 Luna", "OpenAI GPT-6 Luna"],
                "openai.gpt-6-sol": ["GPT-6 Sol", "OpenAI GPT-6 Sol"],
                "openai.gpt-6.1-sol": ["GPT-6.1 Sol", "OpenAI GPT-6.1 Sol"],
                "openai.gpt-6.1-terra": ["GPT-6.1 Terra", "OpenAI GPT-6.1 Terra"],
                "openai.gpt-daybreak-blue-5.6-sol": ["GPT Daybreak Blue 5.6 Sol", "OpenAI GPT Daybreak Blue 5.6 Sol"],
                "openai.gpt-oss-120b": ["gpt-oss-120b", "OpenAI gpt-oss-120b"],
                "openai.gpt-oss-20b": ["gpt-oss-20b", "OpenAI gpt-oss-20b"],
                "openai.gpt-oss-safeguard-120b": ["GPT OSS Safeguard 120B", "OpenAI GPT OSS Safeguard 120B"],
                "openai.gpt-oss-safeguard-20b": ["GPT OSS Safeguard 20B", "OpenAI GPT OSS Safeguard 20B"],
                "qwen.qwen3-235b-a22b-2507": ["Qwen3 235B A22B 2507"],
                "qwen.qwen3-32b": ["Qwen3 32B (dense)"],
                "qwen.qwen3-coder-30b-a3b": ["Qwen3-Coder-30B-A3B-Instruct"],
                "qwen.qwen3-coder-480b-a35b": ["Qwen3-Coder-480B-A35B-Instruct"],
                "qwen.qwen3-coder-next": ["Qwen3 Coder Next"],
                "qwen.qwen3-next-80b-a3b": ["Qwen3 Next 80B A3B"],
                "qwen.qwen3-vl-235b-a22b": ["Qwen3-VL-235B-A22B-Instruct"],
                "stability.stable-conservative-upscale": ["Stable Conservative Upscale", "Stability Stable Conservative Upscale"],
                "stability.stable-creative-upscale": ["Stable Creative Upscale", "Stability Stable Creative Upscale"],
                "stability.stable-fast-upscale": ["Stable Fast Upscale", "Stability Stable Fast Upscale"],
                "stability.stable-image-control-sketch": ["Stable Image Control Sketch", "Stability Stable Image Control Sketch"],
                "stability.stable-image-control-structure": ["Stable Image Control Structure", "Stability Stable Image Control Structure"],
                "stability.stable-image-erase-object": ["Stable Image Erase Object", "Stability Stable Image Erase Object"],
                "stability.stable-image-inpaint": ["Stable Image Inpaint", "Stability Stable Image Inpaint"],
                "stability.stable-image-remove-background": ["Stable Image Remove Background", "Stability Stable Image Remove Background"],
                "stability.stable-image-search-recolor": ["Stable Image Search Recolor", "Stability Stable Image Search Recolor"],
                "stability.stable-image-search-replace": ["Stable Image Search Replace", "Stability Stable Image Search Replace"],
                "stability.stable-image-style-guide": ["Stable Image Style Guide", "Stability Stable Image Style Guide"],
                "stability.stable-outpaint": ["Stable Outpaint", "Stability Stable Outpaint"],
                "stability.stable-style-transfer": ["Stable Style Transfer", "Stability Stable Style Transfer"],
                "twelvelabs.marengo-embed-2-7": ["Marengo Embed 2.7", "TwelveLabs Marengo Embed 2.7"],
                "twelvelabs.marengo-embed-3-0": ["Marengo Embed 3.0", "TwelveLabs Marengo Embed 3.0"],
                "twelvelabs.pegasus-1-2": ["Pegasus 1.2", "TwelveLabs Pegasus 1.2"],
                "twelvelabs.pegasus-1-5": ["Pegasus 1.5", "TwelveLabs Pegasus 1.5"],
                "writer.palmyra-vision-7b": ["Writer Palmyra Vision 7B"],
                "writer.palmyra-x4": ["Palmyra X4", "Writer Palmyra X4"],
                "writer.palmyra-x5": ["Palmyra X5", "Writer Palmyra X5"],
                "xai.grok-4.3": ["Grok 4.3", "xAI Grok 4.3"],
                "xai.grok-4.6": ["Grok 4.6", "xAI Grok 4.6"],
                "xai.grok-4.7": ["Grok 4.7", "xAI Grok 4.7"],
                "zai.glm-4.7": ["GLM 4.7", "Z.ai GLM 4.7"],
                "zai.glm-4.7-flash": ["GLM 4.7 Flash", "Z.ai GLM 4.7 Flash"],
                "zai.glm-5": ["GLM 5", "Z.ai GLM 5"],
                "zai.glm-5.3": ["GLM 5.3", "Z.ai GLM 5.3"]
              },
              "seen_in_price_list": [
                  "Claude 3 Haiku",
                  "Claude 3.5 Sonnet",
                  "Claude Sonnet 4",
                  "Claude Sonnet 4.5",
                  "Claude Haiku 4.5",
                  "Claude Opus 4.5",
                  "Meta Llama 2 Chat 13B",
                  "Llama 3.2 3B",
                  "Titan Embeddings G1 Image",
                  "Titan Image Generator G1",
                  "Nova Micro",
                  "Nova Lite",
                  "Nova Premier",
                  "Nova 2.0 Lite",
                  "Cohere Generate Model - Command-Light",
                  "Cohere Command R",
                  "Cohere Embed Model 3 - Multilingual"
              ],
              "not_mapped": {
                  "Titan Image Generator V2": "the catalog prices Titan Image Generator V2 as an alias of G1 (same published prices); mapping both would put two models' rows in one slot",
                  "GPT OSS Safeguard 120B": "a safety classifier, billed like a text model but not a generation option; add it under its own id when needed"
              },
              "marketplace_providers": {
                  "Claude": "Anthropic",
                  "Meta": "Meta",
                  "Llama": "Meta",
                  "Cohere": "Cohere",
                  "TwelveLabs": "TwelveLabs",
                  "Jurassic": "AI21 Labs",
                  "Jamba": "AI21 Labs",
                  "AI21": "AI21 Labs",
                  "Stable": "Stability AI",
                  "SD": "Stability AI",
                  "Mistral": "Mistral AI",
                  "Writer": "Writer",
                  "Palmyra": "Writer",
                  "Luma": "Luma AI"
              }
            }
            """# + "\n",
    ]
}
