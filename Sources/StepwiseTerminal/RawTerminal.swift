#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Signal handlers may touch only plain globals; these hold what they need to put the
// terminal back and to ask for a redraw.
nonisolated(unsafe) private var savedAttributes = termios()
nonisolated(unsafe) private var rawModeActive: sig_atomic_t = 0
nonisolated(unsafe) private var resizePending: sig_atomic_t = 0

/// The controlling terminal in raw mode: keys arrive one by one without Enter or echo.
/// Whatever ends the program (a return, `q`, Ctrl-C, SIGTERM, an error) puts the terminal
/// back as it was: `restore()` is idempotent, runs at exit, and from the signal handlers.
package final class RawTerminal: @unchecked Sendable {
    package let input: Int32
    package let output: Int32

    package init?(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        guard isatty(input) == 1, isatty(output) == 1 else { return nil }
        self.input = input
        self.output = output
    }

    package func enter() -> Bool {
        var attributes = termios()
        guard tcgetattr(input, &attributes) == 0 else { return false }
        savedAttributes = attributes
        var raw = attributes
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | BRKINT | INPCK | ISTRIP)
        raw.c_cflag |= tcflag_t(CS8)
        // Return from read after at most 100 ms even with no key, so resizes get noticed.
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 1
        }
        guard tcsetattr(input, TCSAFLUSH, &raw) == 0 else { return false }
        rawModeActive = 1
        Self.installHandlers()
        write("\u{1B}[?25l")  // hide the cursor while screens are drawn
        return true
    }

    package func restore() {
        Self.restoreNow()
    }

    /// The columns and rows of the terminal, if it says.
    package var size: (columns: Int, rows: Int)? {
        var ws = winsize()
        guard ioctl(output, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 else { return nil }
        return (Int(ws.ws_col), Int(ws.ws_row))
    }

    /// True once after each SIGWINCH.
    package func takeResize() -> Bool {
        guard resizePending != 0 else { return false }
        resizePending = 0
        return true
    }

    /// Bytes typed since the last call; empty after the 100 ms timeout.
    package func readBytes() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, 64) }
        if n < 0 { return errno == EINTR || errno == EAGAIN ? [] : nil }
        if n == 0 {
            // Nothing typed within the timeout, or the terminal is gone: only poll tells which,
            // and a walk whose terminal closed must end rather than wait forever.
            var p = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            if poll(&p, 1, 0) > 0, p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return nil }
        }
        return Array(buffer.prefix(n))
    }

    /// A product key or card number typed on a terminal that is not in raw mode (output piped,
    /// say) is read with echo off, so it is never shown as typed.
    package static func readLine(secret: Bool) -> String? {
        guard secret, isatty(STDIN_FILENO) == 1 else { return Swift.readLine(strippingNewline: true) }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return Swift.readLine(strippingNewline: true) }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            _ = "\n".withCString { Glibc.write(STDERR_FILENO, $0, 1) }
        }
        return Swift.readLine(strippingNewline: true)
    }

    package func write(_ text: String) {
        var text = text
        text.withUTF8 { buf in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(output, buf.baseAddress! + offset, buf.count - offset)
                if n <= 0 { if errno == EINTR { continue } else { return } }
                offset += n
            }
        }
    }

    private static func restoreNow() {
        guard rawModeActive != 0 else { return }
        rawModeActive = 0
        let show = "\u{1B}[?25h"
        _ = show.withCString { Glibc.write(STDOUT_FILENO, $0, strlen($0)) }
        var attributes = savedAttributes
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &attributes)
    }

    nonisolated(unsafe) private static var installed = false

    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        atexit { RawTerminal.restoreNow() }
        let onTerminate: @convention(c) (Int32) -> Void = { sig in
            RawTerminal.restoreNow()
            signal(sig, SIG_DFL)
            raise(sig)
        }
        // A parent may have left these blocked (test runners and some job controllers do);
        // a handler that never runs would leave the terminal raw.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        // Ctrl-C arrives as a byte in raw mode, but `kill -INT` and friends still come as signals.
        for sig in [SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGUSR1, SIGUSR2, SIGALRM, SIGWINCH] {
            sigaddset(&unblock, sig)
            if sig != SIGWINCH { signal(sig, onTerminate) }
        }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in resizePending = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a resize interrupts the read and the screen is redrawn
        sigaction(SIGWINCH, &action, nil)
    }
}
