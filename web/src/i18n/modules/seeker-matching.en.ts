import type { SEEKER_MATCHING_ZH_CN } from './seeker-matching.zh-CN';

// English: the job seeker's side of matching. Typed against the zh-CN catalogue: a missing or
// extra key is a compile error.
export const SEEKER_MATCHING_EN: Record<keyof typeof SEEKER_MATCHING_ZH_CN, string> = {
  'menu.recommendedForMe': 'Recommended for you',
  'menu.myMessages': 'My messages',

  'seekerMatching.recommended.lead':
    'Open positions picked for you from your résumé, each with the reasons. Recommendations are only a suggestion: whether to apply is up to you.',
  'seekerMatching.recommended.listLabel': 'Positions recommended for you',
  'seekerMatching.recommended.empty':
    'No open position fits you right now. Adding your major, skills and preferred places to your résumé gives better recommendations.',
  'seekerMatching.recommended.editProfile': 'Improve my résumé',
  'seekerMatching.recommended.manageSwitch': 'Rather not get automated recommendations? You can switch them off under Consents at any time.',
  'seekerMatching.needsProfile.title': 'Fill in your résumé first',
  'seekerMatching.needsProfile.body':
    'Positions are recommended from your education, major, skills, work experience and preferred places. Once your résumé is saved, the positions that fit you are listed here with the reasons.',
  'seekerMatching.needsProfile.action': 'Fill in my résumé',
  'seekerMatching.off.title': 'You switched automated recommendation off',
  'seekerMatching.off.body':
    'The platform does not pick positions for you from your résumé, and the operator does not recommend you to enterprises on that basis. You can still search for positions and apply yourself.',
  'seekerMatching.off.turnOn': 'Switch automated recommendation back on',
  'seekerMatching.off.findJobs': 'Search positions myself',
  'seekerMatching.off.manage': 'See this setting under Consents',

  'seekerMatching.score': 'Match {score}',
  'seekerMatching.score.label': 'Match score {score} out of 100',
  'seekerMatching.topReasons': 'Why it is recommended',
  'seekerMatching.factors.show': 'Show all {count} scores',
  'seekerMatching.factors.hide': 'Hide the scores',
  'seekerMatching.factors.title': 'Score by factor',
  'seekerMatching.factors.note': 'The points of the factors add up to the match score out of 100. The operator sets the weights.',
  'seekerMatching.viewAndApply': 'View and apply',

  'seekerMatching.like': 'Save',
  'seekerMatching.like.label': 'Save: {title}',
  'seekerMatching.like.added': 'Saved',
  'seekerMatching.like.removed': 'Removed from saved positions',

  'seekerMatching.autoRecommend.title': 'Automated recommendation',
  'seekerMatching.autoRecommend.explain':
    'When it is on, the platform picks positions for you from your résumé and says why, and the operator may use the match to recommend you to enterprises; a staff member confirms every recommendation.',
  'seekerMatching.autoRecommend.refuse':
    'Under article 24 of the Personal Information Protection Law you can refuse such automated recommendation at any time: when it is off, no positions are recommended to you on this basis and you are left out of automatically ranked candidate lists, but you can still search for positions and apply.',
  'seekerMatching.autoRecommend.switch': 'Automated recommendation',
  'seekerMatching.autoRecommend.on': 'On',
  'seekerMatching.autoRecommend.off': 'Off',
  'seekerMatching.autoRecommend.turnedOn': 'Automated recommendation is on',
  'seekerMatching.autoRecommend.turnedOff': 'Automated recommendation is off',
  'seekerMatching.autoRecommend.needsProfile': 'Save your résumé first to set automated recommendation.',
  'seekerMatching.autoRecommend.toRecommended': 'See the positions recommended for you',

  'seekerMatching.messages.lead': "Enterprises' answers to your applications and the platform's recommendations of you, newest first.",
  'seekerMatching.messages.listLabel': 'My messages',
  'seekerMatching.messages.empty': 'No messages yet',
  'seekerMatching.messages.unreadCount': '{count} unread',
  'seekerMatching.messages.markAllRead': 'Mark all as read',
  'seekerMatching.messages.markedRead': 'All messages marked as read',
  'seekerMatching.messages.unread': 'Unread',
  'seekerMatching.messages.kind.recommended': 'Recommendation',
  'seekerMatching.messages.kind.application_status': 'Application update',
  'seekerMatching.messages.kind.fair_survey': 'Fair survey',
  'seekerMatching.messages.fairSurvey': 'Thank you for coming to “{fairTitle}”. Please take a minute to answer our survey.',
  'seekerMatching.messages.recommended': 'You have been recommended for “{positionTitle}” at {organisationName}; the enterprise will contact you.',
  'seekerMatching.messages.applicationStatus': 'Your application for “{positionTitle}” at {organisationName}: {statusLabel}.',
  'seekerMatching.messages.showWhy': 'See why',
  'seekerMatching.messages.hideWhy': 'Hide the reasons',
  'seekerMatching.messages.viewPosition': 'View the position',
  'seekerMatching.messages.answerSurvey': 'Answer the survey',
  'seekerMatching.messages.viewApplications': 'View my applications',
  'seekerMatching.messages.whyTitle': 'Why you were recommended: {positionTitle}',
  'seekerMatching.messages.recommendedOn': 'Recommended on {time}',
  'seekerMatching.messages.progress': 'Progress: ',
  'seekerMatching.messages.note': 'Note from the operator: {note}',
  'seekerMatching.messages.declineReason': 'The enterprise says: {reason}',
  'seekerMatching.messages.whyMissing': 'The details of this recommendation are no longer available.',

  'seekerMatching.badge.label': 'My messages',
  'seekerMatching.badge.labelUnread': 'My messages, {count} unread',
};
