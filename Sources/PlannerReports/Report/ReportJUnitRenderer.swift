import PlannerCore

/// The report as JUnit XML: one test suite per profile, one test case per guardrail.
struct ReportJUnitRenderer: Sendable {

    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": output += " "
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    func render(_ report: ReviewReport, failOnWarning: Bool) -> String {
        func failing(_ result: GuardrailResult) -> Bool {
            result.status == .fail || (failOnWarning && result.status == .warning)
        }
        let total = report.guardrails.count + report.failedProfiles.count
        let failures = report.guardrails.filter(failing).count
        let errors = report.failedProfiles.count
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output +=
            "<testsuites name=\"genai-plan\" tests=\"\(total)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\" time=\"0\">\n"
        // A profile with errors is one test case in error: its diagnostics are the message.
        for failed in report.failedProfiles {
            let message = failed.diagnostics.first ?? "the profile has errors"
            output +=
                "  <testsuite name=\"\(Self.escape(failed.path))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0\" timestamp=\"\(Self.escape(report.generatedAt))T00:00:00\">\n"
            output +=
                "    <testcase name=\"profile\" classname=\"genai-plan.\(Self.escape(failed.path))\" time=\"0\">\n      <error message=\"\(Self.escape(message))\" type=\"profile-error\">\(Self.escape(failed.diagnostics.joined(separator: "\n")))</error>\n    </testcase>\n  </testsuite>\n"
        }
        for item in report.profiles {
            let name = item.estimate.profileName
            let cases = report.guardrails.filter { $0.profile == name }
            output +=
                "  <testsuite name=\"\(Self.escape(name))\" tests=\"\(cases.count)\" failures=\"\(cases.filter(failing).count)\" errors=\"0\" skipped=\"0\" time=\"0\" timestamp=\"\(Self.escape(report.generatedAt))T00:00:00\">\n"
            output +=
                "    <properties><property name=\"profile\" value=\"\(Self.escape(item.path))\"/><property name=\"selected\" value=\"\(Self.escape(item.estimate.selected?.id ?? "none"))\"/></properties>\n"
            for result in cases {
                output +=
                    "    <testcase name=\"\(Self.escape(result.name))\" classname=\"genai-plan.\(Self.escape(name))\" time=\"0\""
                if failing(result) {
                    output +=
                        ">\n      <failure message=\"\(Self.escape(result.message))\" type=\"\(result.status.rawValue)\">\(Self.escape(result.message))</failure>\n    </testcase>\n"
                } else if result.status == .warning {
                    output +=
                        ">\n      <system-out>warning: \(Self.escape(result.message))</system-out>\n    </testcase>\n"
                } else {
                    output += "/>\n"
                }
            }
            output += "  </testsuite>\n"
        }
        return output + "</testsuites>\n"
    }
}
