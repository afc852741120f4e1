package no.bedriftsportal.usage;

/** The cost-development chart's groups (CATALOG.md, "How an event is rated", rule 4). */
public enum CostGroup {
    /** Data charges and extra packages. */
    DATA,
    /** Calls, SMS and MMS. */
    TRAFFIC,
    /** Monthly fees, content services (directory calls too) and other fees. */
    OTHER
}
