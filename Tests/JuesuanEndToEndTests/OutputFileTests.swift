import Foundation
import Testing

/// Issue 27, case 3: what `report --html` (and `--png`) writes to is replaced only when it is a
/// regular file; a FIFO, a character device, a symbolic link or a directory is refused with one
/// line and exit status 1, and left as it was.
@Suite struct OutputFileTests {
    @Test func aTargetThatIsNotARegularFileIsRefusedAndKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("targets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }  // a leftover temp folder harms nothing
        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.appendingPathComponent("elsewhere.html").path)
        var targets = [(fifo, "a FIFO", S_IFIFO), (link, "a symbolic link", S_IFLNK), (folder.path, "a directory", S_IFDIR)]
        if geteuid() == 0 {
            // A private copy of /dev/full (character device 1, 7), which replaced would stop failing writes.
            let device = folder.appendingPathComponent("full").path
            #expect(mknod(device, S_IFCHR | 0o644, makedev(1, 7)) == 0)
            targets.append((device, "a character device", S_IFCHR))
        }
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(Warehouse.seedPath).documentID)
            for (target, kind, type) in targets {
                let run = try CommandLineTests.run(["report", document, "--html", target, "--database-url", warehouse.database.conninfo])
                #expect(run.status == 1, "\(target)")
                #expect(run.stderr == "Error: \(target): not a regular file (\(kind)); expected a file to write or a new path\n")
                var info = stat()
                #expect(lstat(target, &info) == 0 && info.st_mode & S_IFMT == type, "\(target) is still \(kind)")
            }
            // A regular file is replaced.
            let page = folder.appendingPathComponent("page.html").path
            try Data("old".utf8).write(to: URL(fileURLWithPath: page))
            #expect(try CommandLineTests.run(["report", document, "--html", page, "--database-url", warehouse.database.conninfo]).status == 0)
            #expect(try String(contentsOfFile: page, encoding: .utf8).hasPrefix("<!doctype html>"))
        }
    }
}

/// makedev, which Glibc exposes as a macro only.
private func makedev(_ major: UInt32, _ minor: UInt32) -> dev_t {
    dev_t((UInt64(major & 0xfff) << 8) | UInt64(minor & 0xff) | (UInt64(minor & ~0xff) << 12) | (UInt64(major & ~0xfff) << 32))
}
