import Crypto
import Testing

@testable import PlannerFetch

/// The digest recorded for each downloaded file (swift-crypto's SHA-256, written as hex).
@Suite("SHA-256")
struct SHA256Tests {
    @Test(
        "known digests (FIPS 180-4 examples)",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func digests(text: String, digest: String) {
        var hasher = SHA256()
        hasher.update(data: Array(text.utf8))
        #expect(hasher.finalize().hexString == digest)
    }
}
