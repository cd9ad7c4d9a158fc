import Foundation
import Testing
import StepwiseArticle

@Suite struct WholeWriteTests {
    @Test func textReachesAPipeWhole() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        // More than one write may take (under the 64 KiB a pipe holds, so no reader is needed).
        let text = String(repeating: "Ā b ", count: 6_000)
        #expect(WholeWrite.text(text, to: ends[1]) == 0)
        close(ends[1])
        let read = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true).readDataToEndOfFile()
        #expect(String(decoding: read, as: UTF8.self) == text)
    }

    /// A command that reports through this must be able to say its output was cut off.
    @Test func aFullDiskIsTheErrno() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        #expect(WholeWrite.text("report", to: fd) == ENOSPC)
    }
}
