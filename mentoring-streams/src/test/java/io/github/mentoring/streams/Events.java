package io.github.mentoring.streams;

/**
 * Events of the tests, as a platform would produce them: JSON text. Ada mentors Ben in a formal
 * relationship with a fortnightly rhythm (a meeting every 14 days: "no recent meeting" after 21
 * days without one, critical after 42).
 */
final class Events {

  private Events() {}

  /** Ada and Ben, active since 2 February 2026, their last meeting held on {@code lastHeld}. */
  static String snapshot(String id, String eventDate, String lastHeld) {
    return """
        {"type": "relationship-snapshot", "relationshipId": "%s", "eventDate": "%s",
         "relationship": {
           "id": "%s",
           "mentor": {"id": "ada"}, "mentee": {"id": "ben"},
           "kind": "formal", "phase": "active", "startDate": "2026-02-02",
           "agreement": {
             "objective": "Become ready to lead the team's retrospectives",
             "meetingFormats": ["video"], "meetingFrequency": "P2W", "plannedLength": "P6M",
             "plannedEnd": "2026-07-31", "meetingMinutes": 45,
             "confidentiality": "What is said in our meetings stays between us."
           },
           "goals": [{"id": "g1", "statement": "Lead two team retrospectives by 30 June",
                      "measure": "two retrospectives led", "targetDate": "2026-06-30",
                      "setOn": "2026-02-09"}],
           "meetings": [
             {"id": "m1", "scheduledAt": "2026-02-09T10:00", "status": "held", "actualMinutes": 45,
              "notes": "CONFIDENTIAL Ben talked about his manager"},
             {"id": "m2", "scheduledAt": "%sT10:00", "status": "held", "actualMinutes": 45}
           ]
         }}
        """.formatted(id, eventDate, id, lastHeld);
  }

  /** A meeting held on {@code day} at ten. */
  static String meetingHeld(String id, String eventDate, String meetingId, String day) {
    return """
        {"type": "meeting-logged", "relationshipId": "%s", "eventDate": "%s",
         "meeting": {"id": "%s", "scheduledAt": "%sT10:00", "status": "held",
                     "actualMinutes": 45}}
        """.formatted(id, eventDate, meetingId, day);
  }

  /** A meeting booked for {@code day} at ten. */
  static String meetingBooked(String id, String eventDate, String meetingId, String day) {
    return """
        {"type": "meeting-logged", "relationshipId": "%s", "eventDate": "%s",
         "meeting": {"id": "%s", "scheduledAt": "%sT10:00", "status": "scheduled"}}
        """.formatted(id, eventDate, meetingId, day);
  }

  /** A booked meeting called off by the mentor. */
  static String meetingCancelled(String id, String eventDate, String meetingId) {
    return """
        {"type": "meeting-cancelled", "relationshipId": "%s", "eventDate": "%s",
         "meetingId": "%s", "cancelledBy": "mentor", "cancelledAt": "%sT08:00"}
        """.formatted(id, eventDate, meetingId, eventDate);
  }

  /** A follow-up Ben takes on, due on {@code due}. */
  static String followUpAdded(String id, String eventDate, String followUpId, String due) {
    return """
        {"type": "follow-up-added", "relationshipId": "%s", "eventDate": "%s",
         "followUp": {"id": "%s", "description": "Draft a retrospective plan", "owner": "ben",
                      "due": "%s"}}
        """.formatted(id, eventDate, followUpId, due);
  }

  /** A known follow-up done on the event date. */
  static String followUpDone(String id, String eventDate, String followUpId) {
    return """
        {"type": "follow-up-done", "relationshipId": "%s", "eventDate": "%s",
         "followUpId": "%s"}
        """.formatted(id, eventDate, followUpId);
  }
}
