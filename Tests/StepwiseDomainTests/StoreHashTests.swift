import Testing
@testable import StepwiseDomain

struct StoreHashTests {
    /// FIPS 180-4 examples plus lengths around the padding boundaries (55, 56, 63, 64 bytes).
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        (String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (String(repeating: "a", count: 63), "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (String(repeating: "a", count: 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (String(repeating: "a", count: 119), "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
    ])
    func standardVectors(message: String, expected: String) {
        #expect(SHA256.hexDigest(Array(message.utf8)) == expected)
    }

    @Test func millionAs() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func keyHashIsSaltThenKey() {
        #expect(ProductKeyHash.sha256("KEY", "salt") == SHA256.hexDigest(Array("saltKEY".utf8)))
        #expect(ProductKeyHash.sha256("KEY", "salt") != ProductKeyHash.sha256("KEY", "salu"))
    }

    @Test func saltsAreSixteenRandomBytesInHex() {
        let salts = (0..<50).map { _ in ProductKeyHash.newSalt() }
        #expect(Set(salts).count == salts.count)
        #expect(salts.allSatisfy { $0.count == 32 && $0.allSatisfy { "0123456789abcdef".contains($0) } })
    }

    @Test func demoKeysAreValidKeys() throws {
        for text in DemoTenant.productKeys {
            let key = try ProductKey(parsing: text)
            #expect(key.formatted == text)
        }
    }

    @Test func defaultLocation() {
        #expect(StoreLocation.defaultPath(environment: ["XDG_DATA_HOME": "/data"], home: "/home/a")
            == "/data/stepwise/tenant.sqlite")
        #expect(StoreLocation.defaultPath(environment: [:], home: "/home/a")
            == "/home/a/.local/share/stepwise/tenant.sqlite")
        #expect(StoreLocation.defaultPath(environment: ["XDG_DATA_HOME": "relative"], home: "/home/a/")
            == "/home/a/.local/share/stepwise/tenant.sqlite")
    }
}
