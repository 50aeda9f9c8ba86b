import Testing
import JagaPlugins
import JagaSDK
@testable import Copypasta

/// The detector as the host sees it: registered, configured with `set`, run by the runner.
@Suite struct CopypastaRegistryTests {
    typealias S = CopypastaTestSupport

    @Test func registersAndRunsThroughTheRunner() throws {
        let registry = PluginRegistry()
        let detector = CopypastaDetector()
        try registry.register(detector, origin: "built-in")
        try registry.setParameter(CopypastaDetector.pluginID, "window", .int(30))
        #expect(throws: RegistryError.self) { try registry.setParameter(CopypastaDetector.pluginID, "similarity", .double(0.2)) }
        let text = "Coblos nomor 2 Rahmat–Wati, bantuan modal usaha untuk semua pedagang pasar di Makassar!"
        let items = (0..<4).map { S.post("z\($0)", text, author: "acc\($0)", minute: Int64($0 * 9)) }
        let outcome = PluginRunner.run([detector], store: S.store(items), rows: nil, regions: [])
        #expect(outcome.failures.isEmpty)
        // 0, 9, 18, 27 minutes: within a 30-minute window.
        #expect(outcome.findings.map(\.contentID) == ["z0", "z1", "z2", "z3"])
        try registry.setParameter(CopypastaDetector.pluginID, "window", .int(10))
        let narrow = PluginRunner.run([detector], store: S.store(items), rows: nil, regions: [])
        #expect(narrow.findings.isEmpty)
    }

    @Test func cancellationStopsTheRun() throws {
        let items = (0..<4).map { S.post("k\($0)", "Coblos nomor 2 Rahmat–Wati, bantuan modal usaha untuk semua pedagang pasar!", author: "a\($0)", minute: Int64($0)) }
        let d = CopypastaDetector()
        #expect(throws: PluginError.self) {
            try d.detect(S.store(items), rows: [0, 1, 2, 3], context: DatasetContext(regions: [], isCancelled: { true }))
        }
    }
}
