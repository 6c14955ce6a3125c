package io.github.mentoring.core.testing;

/** Texts the generator draws from. Invented for the tests; none of it is real. */
final class Pools {

  private Pools() {}

  static final String[] MENTOR_NAMES = {
      "Ada", "Grace", "Edsger", "Barbara", "Donald", "Frances", "Niklaus", "Margaret"};

  static final String[] MENTEE_NAMES = {
      "Ben", "Chloe", "Dev", "Elif", "Farid", "Gwen", "Hiro", "Ines", "Jonas", "Kemi"};

  static final String[] OBJECTIVES = {
      "Become ready for a team-lead role within a year",
      "Move from support into product management",
      "Grow confidence in presenting to senior leadership",
      "Build a professional network in the data community",
      "Prepare for a promotion to senior engineer"};

  static final String[] OBJECTIVE_LINKS = {
      "Leading retrospectives is part of the team-lead role",
      "Product managers present roadmaps every quarter",
      "Senior engineers review designs across teams",
      "Networking events are where the data community meets",
      "Managers expect written feedback skills"};

  static final String[] SMART_GOALS = {
      "Lead two team retrospectives and get written feedback from my manager",
      "Present the quarterly roadmap to the leadership team once",
      "Review three design documents from other teams",
      "Attend two networking events and follow up with five new contacts",
      "Run one mock interview for a product role and note three improvements",
      "Write and publish one internal tech talk on our deployment pipeline"};

  static final String[] VAGUE_GOALS = {
      "Get better at leadership",
      "Improve communication",
      "Be more strategic",
      "Learn more about the business",
      "Network more",
      "Grow as a person"};

  static final String[] MEASURES = {
      "Written feedback from my manager",
      "Slides presented and questions answered",
      "Review comments accepted by the other team",
      "Five follow-up conversations held",
      "Talk given and recording shared"};

  static final String[] EARLY_ENDING_PLANS = {
      "Either partner may end it in a conversation, with two weeks' notice",
      "We hold one closing conversation whatever the reason",
      "We talk it over before deciding, never end by silence"};

  static final String[] EARLY_END_REASONS = {
      "The mentee reached the goal early",
      "The mentor changed roles and has less time",
      "The mentee left the company",
      "Both agreed the fit was not right"};

  static final String[] CONFIDENTIALITY = {
      "What we discuss stays between us unless both agree",
      "No names of colleagues leave the conversation",
      "Notes are kept by the mentee only"};

  static final String[] MENTOR_ROLES = {"Sounding board", "Coach and guide", "Connector"};

  static final String[] MENTEE_ROLES = {"Drives the agenda", "Comes prepared", "Owns the goals"};

  static final String[] CONTACT_HOURS = {"Weekdays 9-17", "Tuesday and Thursday mornings",
      "Any weekday, not after 18:00"};

  static final String[] ACTIVITIES = {
      "Role-play a job interview",
      "Lead a meeting and get feedback",
      "Attend a networking event together",
      "Work through a current problem at work",
      "Shadow the mentor in a planning session"};

  static final String[] TOPICS = {
      "Industry trends", "Time management", "Giving feedback", "Stakeholder management",
      "Career paths", "Public speaking", "Negotiation", "Work-life balance"};

  static final String[] AGENDA_ITEMS = {
      "Updates since last time", "Retrospective preparation", "Feedback on my presentation",
      "Action items review", "Next meeting date and format", "A current problem with a colleague",
      "Progress on goals"};

  static final String[] NOTES = {
      "Discussed a difficult conversation with a peer",
      "Talked through the promotion process",
      "Went over the presentation draft",
      "Shared a setback with the project timeline",
      "Celebrated the first retrospective"};

  static final String[] USEFUL = {
      "The role-play", "Hearing how the mentor handled the same problem",
      "The feedback on my slides", "Clarifying what I actually want"};

  static final String[] NEXT_STEPS = {
      "Draft the retrospective format", "Ask my manager for feedback",
      "Sign up for the meetup", "Rewrite the opening of the talk"};

  static final String[] BEFORE_NEXT_TIME = {
      "Read the chapter on feedback", "Try the technique in one meeting",
      "List three people to contact"};

  static final String[] CHANGE_NEXT_TIME = {
      "Send the agenda a day earlier", "Meet by video instead", "Keep it to thirty minutes"};

  static final String[] ACTION_STEPS = {
      "Draft the retrospective format", "Ask the manager for written feedback",
      "Sign up for the data meetup", "Rewrite the talk's opening",
      "Update the development plan", "Book the next meeting"};

  static final String[] MENTOR_PROMISES = {
      "Send the article on giving feedback", "Introduce the mentee to a product manager",
      "Share the template for design reviews", "Forward the conference call for papers"};

  static final String[] WANTS = {
      "Guidance on moving into management", "Someone to practise presentations with",
      "A wider view of the industry"};

  static final String[] BRINGS = {
      "Questions about leading a team", "Ten years of engineering stories",
      "A current project to work through"};

  static final String[] EXPECTS = {
      "Honest feedback", "Meetings every two weeks", "Help finding contacts"};

  static final String[] WORKED_BEST = {
      "The role-plays", "Regular meetings with a clear agenda", "Honest feedback"};

  static final String[] MOST_CHALLENGING = {
      "The meeting after the reorganisation", "Keeping the rhythm during the release",
      "Talking about the failed interview"};

  static final String[] DO_DIFFERENTLY = {
      "Set clearer goals at the start", "Meet more often early on", "Write down next steps"};

  static final String[] MENTOR_DECLINES = {
      "My time is committed to a new mentee", "Changing roles this year"};

  static final String[] MENTEE_DECLINES = {
      "I want to try on my own for a while", "Starting a new job"};

  static final String[] PAY_IT_FORWARD = {
      "Mentor a new joiner next quarter", "Volunteer in the company mentoring programme",
      "Run a workshop on retrospectives"};
}
