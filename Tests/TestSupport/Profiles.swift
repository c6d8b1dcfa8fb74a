/// The smallest valid profile the tests build on: one Bedrock option, eight lines, so a key appended
/// to it stands on line 9.
public let minimalProfile = """
    version: 1
    workload:
      task: chatbot
      requests: { per_day: 1000 }
      input_tokens: 100
      output_tokens: 50
    options:
      - bedrock: anthropic.claude-3-haiku

    """
