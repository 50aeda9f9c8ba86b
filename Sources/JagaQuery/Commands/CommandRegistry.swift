/// The commands a session knows, by name and alias.
public struct CommandRegistry: Sendable {
    public private(set) var commands: [any Command] = []
    private var byName: [String: Int] = [:]

    public init(_ commands: [any Command] = []) {
        for c in commands { register(c) }
    }

    /// The commands every session has.
    public static var builtin: CommandRegistry {
        CommandRegistry([
            LoadCommand(), DatasetsCommand(), FieldsCommand(), ShowCommand(), SetCommand(), UnsetCommand(),
            EchoCommand(), AssertCommand(), SourceCommand(), ModeCommand(), OutputCommand(), TimerCommand(),
            HelpCommand(), QuitCommand(), PluginsCommand(), DescribeCommand(), EnableCommand(enable: true),
            EnableCommand(enable: false), RunCommand(), ExportCommand(), PluginCommand(),
        ])
    }

    /// Adds a command; a later command with the same name replaces the earlier one.
    public mutating func register(_ c: any Command) {
        let i = commands.count
        commands.append(c)
        for n in [c.name] + c.aliases { byName[n] = i }
    }

    /// The command a word starts, if any.
    public func lookup(_ name: String) -> (any Command)? {
        byName[name.lowercased()].map { commands[$0] }
    }

    /// Every word that starts a command.
    public var names: Set<String> { Set(byName.keys) }

    /// Words of commands that may follow `|`.
    public var pipeNames: Set<String> { Set(commands.filter(\.acceptsPipedInput).flatMap { [$0.name] + $0.aliases }) }
}
