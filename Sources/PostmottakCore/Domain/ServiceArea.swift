/// The municipal service area a submission concerns.
public enum ServiceArea: String, Sendable, Codable, CaseIterable, Hashable {
    case school
    case kindergarten
    case healthCare = "health_care"
    case roadsTraffic = "roads_traffic"
    case waterSewage = "water_sewage"
    case waste
    case buildingPlanning = "building_planning"
    case cultureSports = "culture_sports"
    case socialServices = "social_services"
    case other
}
