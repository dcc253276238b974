/// Facts about the GMime library this process is linked with.
public enum GMimeLibrary {
    /// GMime's version, such as "3.2.13".
    public static var version: String { GMimeRuntime.version }
}
