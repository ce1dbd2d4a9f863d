import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OccupationSkill } from './entities/occupation-skill.entity';
import { Occupation } from './entities/occupation.entity';
import { SkillLabel } from './entities/skill-label.entity';
import { SkillWord } from './entities/skill-word.entity';
import { Skill } from './entities/skill.entity';
import { SkillsController } from './http/skills.controller';
import { TaxonomyController } from './http/taxonomy.controller';
import { SkillResolverService } from './skills/skill-resolver.service';
import { SkillSuggesterService } from './skills/skill-suggester.service';
import { SkillVocabularyService } from './skills/skill-vocabulary.service';

const ENTITIES = [Skill, SkillLabel, SkillWord, Occupation, OccupationSkill];

/** ESCO skills and occupations, skill resolution and autocomplete, and the fixed catalogues. */
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES)],
  controllers: [SkillsController, TaxonomyController],
  providers: [SkillResolverService, SkillSuggesterService, SkillVocabularyService],
  exports: [SkillResolverService, SkillSuggesterService],
})
export class TaxonomyModule {}

/** The taxonomy services without controllers, for the worker. */
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES)],
  providers: [SkillResolverService, SkillSuggesterService, SkillVocabularyService],
  exports: [SkillResolverService, SkillSuggesterService],
})
export class TaxonomyCoreModule {}
