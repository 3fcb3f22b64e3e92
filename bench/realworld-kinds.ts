/**
 * The kinds of page in ../shared/realworld, as the team reads them (the set's README describes the
 * kinds; the pages are not copied here). Only for reporting scores per kind: no extraction rule
 * may look at a page's kind or name. A page missing here is reported as "other".
 */
export const REALWORLD_KINDS: Readonly<Record<string, string>> = {
  a01_gotoerror_boostcamp_ustage_lecturers: 'roster or programme',
  a02_didwodnr123_boostcamp_instructors: 'roster or programme',
  a09_t4eh0_2023_presentations: 'roster or programme',
  b08_mlhpc2020_keynote_speakers: 'roster or programme',
  a03_jaealways_week7_career_lecture: 'lecture or event notes',
  a04_jaealways_moducon2023_notes: 'lecture or event notes',
  a05_sujeongim_velog_ai_service_lecture: 'lecture or event notes',
  a06_dororo21_tistory_special_lectures: 'lecture or event notes',
  a07_8804who_velog_geultto_village: 'lecture or event notes',
  a08_rumj_tistory_moducon2023: 'lecture or event notes',
  a10_bttrthn_tistory_women_tech_week: 'lecture or event notes',
  b01_sogang_gazette_bangnamo: 'interview or article',
  b02_joongang_repost_upstage_kimsunghun: 'interview or article',
  b03_venturesquare_ai_startup_ceo_panel: 'interview or article',
  b04_atlantak_lg_aiday_cvpr2023: 'interview or article',
  b06_longcut_unsupervised_learning_tworek: 'transcript',
  b07_mentorstudents_aws_transcript_maths_to_ml: 'transcript',
  b05_brunch_second_research_intern: 'personal career post',
  b09_daliberti_why_i_left_for_phd: 'personal career post',
  b10_medium_12_grad_school_rejections: 'personal career post',
};
