import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OccupationSkill } from './entities/occupation-skill.entity';
import { Occupation } from './entities/occupation.entity';
import { SkillLabel } from './entities/skill-label.entity';
import { SkillWord } from './entities/skill-word.entity';
import { Skill } from './entities/skill.entity';
import { SkillsController } from './http/skills.controller';
import { TaxonomyController } from './http/taxonomy.controller';
import { SkillResolver } from './skills/skill-resolver.service';
import { SkillSuggester } from './skills/skill-suggester.service';
import { SkillVocabulary } from './skills/skill-vocabulary.service';

const ENTITIES = [Skill, SkillLabel, SkillWord, Occupation, OccupationSkill];

/** ESCO skills and occupations, skill resolution and autocomplete, and the fixed catalogues. */
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES)],
  controllers: [SkillsController, TaxonomyController],
  providers: [SkillResolver, SkillSuggester, SkillVocabulary],
  exports: [SkillResolver, SkillSuggester],
})
export class TaxonomyModule {}

/** The taxonomy services without controllers, for the worker. */
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES)],
  providers: [SkillResolver, SkillSuggester, SkillVocabulary],
  exports: [SkillResolver, SkillSuggester],
})
export class TaxonomyCoreModule {}
