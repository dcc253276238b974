extension Templates {
    static let error = """
        <h1>{{code}} {{phrase}}</h1>
        <p role="alert">{{message}}</p>
        <p><a href="/">{{t.error_home}}</a></p>
        """
}
