import type { EntityManager } from '@mikro-orm/postgresql';
import type { Factory } from '../factories/factory.entity.js';
import { Idea } from '../ideas/idea.entity.js';
import type { User } from '../identity/user.entity.js';
import { Need } from '../needs/need.entity.js';
import { newJoinCode } from '../rooms/join-code.js';
import { Participant } from '../rooms/participant.entity.js';
import { Phase, Room } from '../rooms/room.entity.js';
import { loadCriteria } from '../studies/criteria.js';
import { DecisionOutcome, OpportunityStudy, SteeringDecision, StudyScore } from '../studies/study.entity.js';
import { ApplicationOrigin, CallApplication, Cohort, EntrepreneurCall, Project, ProjectMilestone, ProjectStage, TurnoverBand } from './project.entity.js';

/*
 * The demo pipeline: one closed workshop whose ideas went on to studies, decisions, a call and a cohort
 * with projects at every stage, so that the board and the funnel show something after `npm start`.
 * People and organisations are fictional.
 */
type Stage = 'SHORTLISTED' | 'REWORK' | 'NO_GO' | 'CALL' | 'SUPPORT' | 'LAUNCHED' | 'STOPPED';
const IDEAS: { title: string; need: string; stage: Stage; summary: string; jobs?: number; lead?: string }[] = [
  { title: 'Atelier vélo solidaire', need: 'Aucun atelier de réparation de vélos', stage: 'LAUNCHED', jobs: 2, lead: 'Association Roue Libre (fictive)', summary: 'Un atelier participatif où les habitants apprennent à réparer leur vélo.' },
  { title: 'Recyclerie de quartier', need: 'Trop d’objets réutilisables', stage: 'LAUNCHED', jobs: 5, lead: 'Camille Réemploi (fictive)', summary: 'Collecte, remise en état et revente d’objets du quotidien.' },
  { title: 'Conserverie de légumes locaux', need: 'Les producteurs bio locaux', stage: 'SUPPORT', lead: 'SCIC Bocaux Lorrains (fictive)', summary: 'Transformer les surplus des maraîchers en conserves vendues localement.' },
  { title: 'Navette vers les zones d’emploi', need: 'Se rendre aux zones d’emploi', stage: 'STOPPED', lead: 'Mobilité Plus (fictive)', summary: 'Un transport à la demande aux horaires décalés.' },
  { title: 'Repair café mobile', need: 'Pas de lieu pour réparer', stage: 'CALL', summary: 'Un repair café qui tourne dans les centres sociaux.' },
  { title: 'Café associatif en soirée', need: 'Pas de lieu convivial', stage: 'REWORK', summary: 'Un lieu convivial ouvert le soir, géré par une association d’habitants.' },
  { title: 'Coopérative funéraire', need: 'Les funérailles coûtent trop cher', stage: 'NO_GO', summary: 'Des obsèques transparentes et accessibles.' },
  { title: 'Épicerie mobile de produits frais', need: 'Pas de commerce de fruits et légumes', stage: 'SHORTLISTED', summary: 'Un camion-épicerie qui passe deux fois par semaine.' },
];

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

/** Seeds the demo factory's pipeline (called once, inside the demo seed's transaction, after its flush). */
export async function seedDemoPipeline(em: EntityManager, factory: Factory, people: [owner: User, facilitator: User]): Promise<void> {
  const [owner, facilitator] = people;
  const needs = await em.find(Need, { factory: factory.id });
  const room = new Room(factory, 'Atelier mobilités et réemploi (démo)', newJoinCode(), owner);
  room.phase = Phase.CLOSED;
  room.createdAt = room.updatedAt = day('2026-03-12');
  const host = new Participant(room, owner.displayName, owner);
  const resident = new Participant(room, 'Habitante du quartier (démo)');
  em.persist([room, host, resident]);
  const cohort = new Cohort(factory, 'Promotion 2026 (démo)', '2026-06-01');
  cohort.endsOn = '2027-05-31';
  em.persist(cohort);
  await em.flush();
  const criteria = await loadCriteria(em, factory.id, false);

  const ideas = IDEAS.map((d, i) => {
    const idea = new Idea(room, i % 2 ? resident : host, d.title, i + 1);
    idea.description = d.summary;
    idea.needs.set([needs.find((n) => n.title.startsWith(d.need))!]);
    idea.createdAt = idea.updatedAt = day('2026-03-12');
    em.persist(idea);
    return idea;
  });
  // Studies refer to their idea by id only (it may be deleted later): the ideas are written first.
  await em.flush();

  IDEAS.forEach((d, i) => {
    const idea = ideas[i]!;
    const need = idea.needs.getItems()[0]!;
    const study = new OpportunityStudy(factory, room.title, d.title);
    study.roomId = room.id;
    study.ideaId = idea.id;
    study.summary = d.summary;
    study.shortlistedBy = owner;
    study.needs.set([need]);
    study.createdAt = study.updatedAt = day('2026-03-20');
    em.persist(study);
    criteria.forEach((c, k) => {
      for (const [who, shift] of [[owner, 0], [facilitator, 1]] as const) {
        const score = new StudyScore(study, c, who, who.displayName, Math.min(5, 2 + ((i + k + shift) % 4)));
        score.comment = shift ? 'Avis de démonstration' : '';
        em.persist(score);
      }
    });
    if (d.stage === 'SHORTLISTED') return;
    const outcome = d.stage === 'REWORK' ? DecisionOutcome.REWORK : d.stage === 'NO_GO' ? DecisionOutcome.NO_GO : DecisionOutcome.GO;
    const decision = new SteeringDecision({
      study, outcome, decidedOn: '2026-04-15', members: ['Métropole du Grand Nancy', 'Région Grand Est', 'France Active Lorraine'],
      rationale: outcome === DecisionOutcome.GO ? 'Besoin avéré et modèle économique crédible.' : outcome === DecisionOutcome.REWORK ? 'Préciser le modèle économique.' : 'Une offre existe déjà à proximité.',
      recordedByName: owner.displayName,
    });
    decision.recordedById = owner.id;
    decision.createdAt = decision.updatedAt = day('2026-04-15');
    study.outcome = outcome;
    study.decidedAt = decision.createdAt;
    em.persist(decision);
    if (outcome !== DecisionOutcome.GO) return;
    const call = new EntrepreneurCall(factory, study, `Nous cherchons une personne ou une structure pour porter le projet « ${d.title} ».`, d.stage === 'CALL' ? day('2027-01-31') : day('2026-05-15'));
    call.createdAt = call.updatedAt = day('2026-04-20');
    em.persist(call);
    const applicants = d.lead ? [d.lead, 'Candidature de démonstration'] : ['Collectif Répar’Acteurs (fictif)', 'Jeanne Martin (fictive)'];
    const applications = applicants.map((name, k) => {
      const a = new CallApplication(call, name, `contact-${i}-${k}@example.org`, k ? ApplicationOrigin.FACILITATOR : ApplicationOrigin.PUBLIC_FORM);
      a.motivation = 'Candidature de démonstration.';
      em.persist(a);
      return a;
    });
    if (d.stage === 'CALL') return;
    const project = new Project(factory, study, d.title);
    project.summary = d.summary;
    project.cohort = cohort;
    project.lead = applications[0]!;
    project.createdAt = project.updatedAt = day('2026-06-01');
    project.stage = d.stage === 'LAUNCHED' ? ProjectStage.LAUNCHED : d.stage === 'STOPPED' ? ProjectStage.STOPPED : ProjectStage.SUPPORT;
    if (d.stage === 'LAUNCHED') {
      project.launchedAt = day(i === 0 ? '2026-09-15' : '2026-10-05');
      project.jobs = d.jobs ?? null;
      project.turnoverBand = TurnoverBand.UNDER_50K;
      project.beneficiaries = 300 + i * 150;
    }
    if (d.stage === 'STOPPED') {
      project.stoppedReason = 'Pas de véhicule adapté trouvé dans le budget.';
      project.stoppedAt = day('2026-08-30');
    }
    em.persist(project);
    for (const [title, plannedOn, doneOn] of [['Local trouvé', '2026-07-01', '2026-07-10'], ['Premier client', '2026-09-01', d.stage === 'LAUNCHED' ? '2026-09-15' : null]] as const) {
      const m = new ProjectMilestone(project, title);
      m.plannedOn = plannedOn;
      m.doneOn = doneOn;
      em.persist(m);
    }
  });
  await em.flush();
}
