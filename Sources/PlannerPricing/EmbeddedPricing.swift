// swift-format-ignore-file
// GENERATED from Pricing/ by `swift run genai-plan-embed-pricing`.
// Do not edit: edit Pricing/*.json and regenerate. CI fails when this file and Pricing/ differ.

/// The text of each file of the bundled pricing snapshot, so the binary works offline from any directory.
enum EmbeddedPricing {
    static let files: [String: String] = [
        "manifest.json": #"""
            {
              "schema_version": 1,
              "snapshot": "bundled-2026-11-29",
              "date": "2026-11-29",
              "currency": "USD",
              "regions": [
                "us-east-1",
                "us-west-2"
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
                  "date": "2025-07-20"
                },
                "G": {
                  "title": "pydantic/genai-prices AWS Bedrock prices (prices/providers/aws.yml), per 1M tokens",
                  "url": "https://github.com/pydantic/genai-prices/blob/main/prices/providers/aws.yml",
                  "date": "2026-06-11"
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
                  "date": "2026-06-11"
                },
                "NOVA-FT": {
                  "title": "AWS Machine Learning blog: customizing Amazon Nova Micro ($0.001 per 1K training tokens x epochs, $1.95 per custom model per month)",
                  "url": "https://aws.amazon.com/blogs/machine-learning/",
                  "date": "2026"
                },
                "TITAN-FT": {
                  "title": "Third-party notes on Titan Text Lite customization (0.0004 per 1K training tokens, $1.95 storage); not seen on an AWS page",
                  "url": "https://aws.amazon.com/bedrock/pricing/",
                  "date": "2025"
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
                  "date": "2026-11-29"
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
                    }
                  ]
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
                    }
                  ]
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
                    }
                  ]
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
                  ]
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
                  "note": "the 2025-07 copy (C) shows input 0.001; the page copy (P) is used",
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
                }
              ],
              "custom_model_import": [
                {
                  "regions": ["us-east-1", "us-west-2"],
                  "version": "1.0",
                  "unit": "custom model unit-minute",
                  "source": "P",
                  "rates": { "inference": "0.0785" },
                  "note": "billed in 5-minute windows from the first successful inference call; the same table for the Llama, multimodal Llama, Mistral, Mixtral and Flan architectures"
                },
                {
                  "regions": ["us-east-1", "us-west-2"],
                  "version": "1.0",
                  "unit": "custom model unit-month",
                  "source": "P",
                  "rates": { "storage": "1.95" }
                }
              ]
            }
            """# + "\n",
        "sagemaker.json": #"""
            {
              "schema_version": 1,
              "instances": [
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
                      "rates": {
                        "hosting": "1.515",
                        "training": "1.515"
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
                      "rates": {
                        "hosting": "7.09",
                        "training": "7.09"
                      }
                    }
                  ]
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "S4",
                      "rates": {
                        "hosting": "5.12",
                        "training": "5.12"
                      }
                    }
                  ]
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
                      "rates": {
                        "hosting": "9.47",
                        "training": "9.47"
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
                      "rates": {
                        "hosting": "63.296",
                        "training": "63.296"
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
                      "rates": {
                        "hosting": "2.36",
                        "training": "2.36"
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
                      "rates": {
                        "hosting": "7.79",
                        "training": "7.79"
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
                      "rates": {
                        "hosting": "15.58",
                        "training": "15.58"
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
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
                        "us-west-2"
                      ],
                      "unit": "hour",
                      "source": "W2",
                      "rates": {
                        "hosting": "24.73",
                        "training": "24.73"
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
              "notes": "Hand-kept: prices AWS documents on its pricing pages that the Price List offer files lack. `genai-plan pricing refresh` keeps the previous snapshot's price for every rate matching one of these patterns when the fetched files have no price for it, and never drops this file. Patterns match rate keys `bedrock/<model>/<region>/<scope>/<kind>`, `bedrock-import/v<version>/<region>/<kind>` and `sagemaker/<instance>/<region>/<kind>`; `*` matches any run of characters.",
              "keep": [
                { "match": "bedrock/*/provisioned_*", "reason": "both Bedrock offers price provisioned throughput for some models only (Titan, Nova, Llama 2, Cohere in the 2026-01 records); the pricing page's model-unit prices of the others are kept" },
                { "match": "bedrock/*/training", "reason": "model-customization prices come from https://aws.amazon.com/bedrock/pricing/" },
                { "match": "bedrock/*/storage", "reason": "custom-model storage is priced on the pricing page only" },
                { "match": "bedrock-import/*/storage", "reason": "Custom Model Import storage per Custom Model Unit-month is priced on the pricing page only" },
                { "match": "bedrock/*/image*", "reason": "image-model prices come from https://aws.amazon.com/bedrock/pricing/" },
                { "match": "bedrock/anthropic.*/output", "reason": "legacy Anthropic rows in AmazonBedrock had input SKUs and no output SKU (AmazonBedrock offer file, us-east-1)" },
                { "match": "bedrock/ai21.*", "reason": "AI21 models are sold through AWS Marketplace; their rows were not seen in the captures" },
                { "match": "bedrock/cohere.*", "reason": "Cohere models are sold through AWS Marketplace; their rows were not seen in the captures" }
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
                "stability.stable-image-ultra": ["Stable Image Ultra"]
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
