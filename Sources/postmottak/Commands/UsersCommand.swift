import ArgumentParser
import Foundation
import PostmottakApp
import PostmottakCore
import PostmottakStore
import PostmottakWeb

/// `postmottak users add | list | disable | password`: the workbench's accounts.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "Workbench accounts: add, list, disable, set a password.",
        subcommands: [Add.self, List.self, Disable.self, Password.self])

    /// Who is recorded as having changed an account from the command line.
    static var operatorName: String { "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "operator") }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an account.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The sign-in name (letters, digits, '.', '-', '_').") var name: String
        @Option(help: "mailroom, archivist, quality or admin.") var role: String
        @Option(help: "Read the password from this file (its first line); without it, from standard input.")
        var passwordFile: String?

        func run() async throws {
            let instance = try options.instance(delivering: false)
            let hash = try PasswordInput.hash(file: passwordFile)
            do {
                try instance.store.addAccount(name: name, role: try parseRole(role), passwordHash: hash, by: UsersCommand.operatorName)
            } catch let error as Store.AccountError {
                throw ValidationError(error.description)
            }
            print("account \(name.lowercased()) added (\(role.lowercased()))")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let instance = try options.instance(delivering: false)
            let accounts = try instance.store.accounts()
            let formatter = ISO8601DateFormatter()
            for account in accounts {
                let source = account.externalId == nil ? "password" : "identity provider"
                print("\(account.name)\t\(account.role.rawValue)\t\(account.disabled ? "disabled" : "active")\t\(source)\t\(formatter.string(from: account.createdAt))")
            }
            print("\(accounts.count) account(s)")
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "disable", abstract: "Disable an account; its sessions end at once.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The account's name.") var name: String

        func run() async throws {
            let instance = try options.instance(delivering: false)
            do {
                try instance.store.disableAccount(name, by: UsersCommand.operatorName)
            } catch let error as Store.AccountError {
                throw ValidationError(error.description)
            }
            print("account \(name.lowercased()) disabled")
        }
    }

    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "password", abstract: "Set an account's password (and enable it again); its sessions end.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The account's name.") var name: String
        @Option(help: "Read the password from this file (its first line); without it, from standard input.")
        var passwordFile: String?
        @Option(help: "A new role as well.") var role: String?

        func run() async throws {
            let instance = try options.instance(delivering: false)
            let hash = try PasswordInput.hash(file: passwordFile)
            do {
                try instance.store.updateAccount(name, passwordHash: hash, role: try role.map(parseRole), by: UsersCommand.operatorName)
            } catch let error as Store.AccountError {
                throw ValidationError(error.description)
            }
            print("account \(name.lowercased()): password set")
        }
    }
}

/// A role named on the command line.
func parseRole(_ text: String) throws -> Role {
    guard let role = Role(rawValue: text.lowercased()) else {
        throw ValidationError("no role \(text); the roles are " + Role.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return role
}

/// A password from a file or standard input (never an argument: arguments show in `ps`).
enum PasswordInput {
    static func hash(file: String?) throws -> String {
        let password: String
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read the password file \(file)") }
            password = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        } else {
            if isatty(STDIN_FILENO) != 0 { FileHandle.standardError.write(Data("Password (not shown): ".utf8)) }
            let echo = Echo.off()
            defer { echo.restore() }
            password = readLine(strippingNewline: true) ?? ""
            if isatty(STDIN_FILENO) != 0 { FileHandle.standardError.write(Data("\n".utf8)) }
        }
        do {
            return try PasswordHasher.hash(password)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Terminal echo turned off while a password is typed, and back on afterwards.
    struct Echo {
        var saved: termios?

        static func off() -> Echo {
            guard isatty(STDIN_FILENO) != 0 else { return Echo(saved: nil) }
            var settings = termios()
            tcgetattr(STDIN_FILENO, &settings)
            let saved = settings
            settings.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &settings)
            return Echo(saved: saved)
        }

        func restore() {
            guard var saved else { return }
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        }
    }
}
