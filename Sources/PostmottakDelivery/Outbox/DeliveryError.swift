import Foundation
import PostmottakStore

/// Why a delivery attempt failed, and whether trying again can help.
public enum DeliveryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Worth retrying later (the destination is down, a disk is full, a timeout).
    case transient(String)
    /// Retrying cannot help until a person changes something; the entry is parked.
    case permanent(String)

    public var description: String {
        switch self {
        case .transient(let s): s
        case .permanent(let s): s
        }
    }
}

extension DeliveryError {
    /// Runs a connector's work and says whether its failure is worth retrying: a
    /// `DeliveryError` as it is; a missing or corrupt blob or item is permanent (retrying
    /// cannot bring it back); anything else (a full disk, a busy database) is transient.
    static func classifying<T>(_ doing: String, _ body: () throws -> T) throws(DeliveryError) -> T {
        do {
            return try body()
        } catch let error as DeliveryError {
            throw error
        } catch let error as StoreError {
            switch error {
            case .blobCorrupt, .blobMissing, .itemNotFound: throw .permanent(error.description)
            default: throw .transient(error.description)
            }
        } catch {
            throw .transient("\(doing): \(Self.describe(error))")
        }
    }

    /// An error as a person reads it: its own description where it has one (a full disk
    /// says so), not Foundation's "The operation could not be completed".
    public static func describe(_ error: any Error) -> String {
        if error is CocoaError || error is POSIXError || type(of: error) == NSError.self { return error.localizedDescription }
        return String(describing: error)
    }
}
