package dev.zosmfsim.jes;

/** What a user may ask JES2 to do with a job, each checked against JESJOBS (or JESSPOOL for reading it). */
public enum JobAction {
    /** read its status and spool: JESSPOOL, READ */
    VIEW,
    /** cancel it, or cancel and purge its output: JESJOBS {@code CANCEL.node.owner.jobname}, ALTER */
    CANCEL,
    /** hold or release it, or change its class: JESJOBS {@code MODIFY.node.owner.jobname}, UPDATE (chosen) */
    MODIFY
}
