public import ArgumentParser

extension Launcher {
    /// The `main` of a Postmottak executable: sets up the process (`ensureOpenMPThreadLimit`),
    /// parses the command line against `root` and runs the command, async or not.
    public static func main<Root: ParsableCommand>(_ root: Root.Type) async {
        ensureOpenMPThreadLimit()
        do {
            var command = try root.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            root.exit(withError: error)
        }
    }
}
