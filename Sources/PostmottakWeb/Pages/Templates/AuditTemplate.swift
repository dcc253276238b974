extension Templates {
    static let audit = """
        <h1>Logg over handlinger</h1>
        <table>
          <thead><tr><th scope="col">Tid</th><th scope="col">Hvem</th><th scope="col">Handling</th><th scope="col">Gjelder</th><th scope="col">Detaljer</th></tr></thead>
          <tbody>{{#events}}<tr><td><time datetime="{{atISO}}">{{at}}</time></td><td>{{actor}}</td><td>{{action}}</td><td>{{target}}</td><td>{{detail}}</td></tr>{{/events}}</tbody>
        </table>
        """
}
